"""The panic alarm: engine, journal, service process and its client. No Qt."""

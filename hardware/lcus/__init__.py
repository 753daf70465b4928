"""LCUS-1/2/4 CH340 USB relays (4-byte frames, no reply)."""

-- 002: the alarm log, copied from the alarm service's journal by tjdesk/alarm/vault_import.py.
-- Times, room, device, event and who (staff): never client data.

CREATE TABLE alarm_log (
    journal_id  TEXT NOT NULL,            -- which journal (a reinstalled service starts anew)
    seq         INTEGER NOT NULL,         -- the entry's number in that journal
    at          TEXT NOT NULL,            -- ISO 8601 UTC, when it happened
    event       TEXT NOT NULL,            -- alarm, acknowledged, escalated, reset, fault, ...
    alarm_id    TEXT,                     -- "37.1" (the box's) or "H.5" (this computer's)
    source      TEXT,                     -- BTN, UI, HOTKEY, LOOP_SHORT
    device      TEXT,                     -- device spec
    room        TEXT,
    actor       TEXT,                     -- staff user name (acknowledge, reset, drill)
    reason      TEXT,                     -- reset: real, accidental, drill
    level       INTEGER,                  -- escalated: 1 or 2
    code        TEXT,                     -- fault code
    test        INTEGER NOT NULL DEFAULT 0 CHECK (test IN (0, 1)),
    entry       TEXT NOT NULL,            -- the journal line as written (JSON)
    imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (journal_id, seq)
);
CREATE INDEX alarm_log_at ON alarm_log (at);
CREATE INDEX alarm_log_alarm ON alarm_log (alarm_id);
CREATE INDEX alarm_log_event_at ON alarm_log (event, at);

-- A record of alarms is evidence: the application never changes or removes a row.
CREATE TRIGGER alarm_log_no_update BEFORE UPDATE ON alarm_log
BEGIN
    SELECT RAISE(ABORT, 'the alarm log is append-only');
END;
CREATE TRIGGER alarm_log_no_delete BEFORE DELETE ON alarm_log
BEGIN
    SELECT RAISE(ABORT, 'the alarm log is append-only');
END;

-- 001: the core tables every part of TJ Desk stands on.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE users (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE COLLATE NOCASE,   -- sign-in name (staff, not client data)
    display_name TEXT NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('administrator', 'director', 'supervisor',
                     'social_worker', 'counselor', 'psychologist', 'nurse', 'legal_officer',
                     'reception')),
    disabled     INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at   TEXT NOT NULL,                         -- ISO 8601 UTC
    updated_at   TEXT NOT NULL
);

-- Append-only and hash-chained: each entry carries the SHA-256 of the one before it
-- (tjdesk/audit.py). Entries say who did what to which record, never client content.
CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,                          -- ISO 8601 UTC
    actor       TEXT,                                   -- staff user name, or NULL (system)
    action      TEXT NOT NULL,                          -- e.g. 'case.view_section'
    target_type TEXT,
    target_id   TEXT,
    detail      TEXT,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX audit_log_actor_at ON audit_log (actor, at);
CREATE INDEX audit_log_target ON audit_log (target_type, target_id);

-- The application never changes or removes an entry; these make an accident loud. (Someone
-- with the key could drop them: that is what the hash chain and the exported head catch.)
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

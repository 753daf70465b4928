-- 004: visitor briefings (tjdesk/visits). Visit times are local wall-clock time
-- 'YYYY-MM-DDTHH:MM' (the date printed on the sheet); audit-style stamps are ISO 8601 UTC.

-- Rule-sheet templates, one row per saved version of one language's sheet. Rows are never
-- changed or removed: a visit points at the exact version its visitors were shown.
CREATE TABLE visit_sheet_templates (
    id             INTEGER PRIMARY KEY,
    language       TEXT NOT NULL,
    version        INTEGER NOT NULL CHECK (version >= 1),
    content        TEXT NOT NULL,                 -- JSON, tjdesk/visits/template.py
    content_sha256 TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    created_by     TEXT,                          -- staff user name; NULL = shipped default
    UNIQUE (language, version)
);

CREATE TRIGGER visit_sheet_templates_no_update BEFORE UPDATE ON visit_sheet_templates
BEGIN
    SELECT RAISE(ABORT, 'template versions are never changed; save a new version');
END;

CREATE TABLE visits (
    id                INTEGER PRIMARY KEY,
    visit_at          TEXT NOT NULL,
    organisation      TEXT NOT NULL,
    purpose           TEXT NOT NULL DEFAULT '',
    visitor_count     INTEGER NOT NULL CHECK (visitor_count BETWEEN 1 AND 200),
    host              TEXT NOT NULL DEFAULT '',
    briefed           INTEGER NOT NULL DEFAULT 0 CHECK (briefed IN (0, 1)),
    sheet_signed      INTEGER NOT NULL DEFAULT 0 CHECK (sheet_signed IN (0, 1)),
    devices_deposited INTEGER NOT NULL DEFAULT 0 CHECK (devices_deposited IN (0, 1)),
    notes             TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    created_by        TEXT,
    updated_at        TEXT NOT NULL,
    updated_by        TEXT
);
CREATE INDEX visits_visit_at ON visits (visit_at);

-- Names for the signature lines (a pre-registered group); optional.
CREATE TABLE visit_visitors (
    visit_id     INTEGER NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    name         TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (visit_id, position)
);

-- The sheets a visit is given: one per language, at the exact template version shown.
CREATE TABLE visit_sheets (
    visit_id    INTEGER NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
    language    TEXT NOT NULL,
    template_id INTEGER NOT NULL REFERENCES visit_sheet_templates (id),
    printed_at  TEXT,                              -- last print (UTC); NULL = not printed yet
    PRIMARY KEY (visit_id, language)
);
CREATE INDEX visit_sheets_template ON visit_sheets (template_id);

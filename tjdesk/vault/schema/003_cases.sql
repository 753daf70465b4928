-- 003: cases and counseling sessions (tjdesk/cases). Choices are stored as stable codes
-- (tjdesk/cases/codes.py) and translated at display time. Dates are ISO 'YYYY-MM-DD';
-- times are ISO 8601 UTC 'YYYY-MM-DDTHH:MM:SS+00:00' (same length, so they sort as text).

-- The yearly counter behind case codes C-2026-0042: a code never carries a person's name.
CREATE TABLE case_code_counter (
    year        INTEGER PRIMARY KEY,
    last_number INTEGER NOT NULL
);

-- Outline section: what supervisors, directors and the whole team may see.
CREATE TABLE cases (
    id                 INTEGER PRIMARY KEY,
    code               TEXT NOT NULL UNIQUE,
    nickname           TEXT NOT NULL DEFAULT '',
    case_type          TEXT NOT NULL
                       CHECK (case_type IN ('trafficking', 'domestic_violence', 'child_abuse',
                                            'other')),
    nationality        TEXT NOT NULL DEFAULT 'unknown',
    languages          TEXT NOT NULL DEFAULT '',          -- space-separated language codes
    interpreter_needed INTEGER NOT NULL DEFAULT 0 CHECK (interpreter_needed IN (0, 1)),
    status             TEXT NOT NULL DEFAULT 'open'
                       CHECK (status IN ('open', 'referred', 'closed')),
    opened_on          TEXT NOT NULL,
    closed_on          TEXT,
    next_step          TEXT NOT NULL DEFAULT '',          -- the outline's "next step" line
    created_by         INTEGER REFERENCES users (id),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    version            INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX cases_opened ON cases (opened_on, id);
CREATE INDEX cases_status_opened ON cases (status, opened_on);

-- The case team: named staff; "assigned" marks the case worker(s) who may see identity.
CREATE TABLE case_team (
    case_id  INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    user_id  INTEGER NOT NULL REFERENCES users (id),
    assigned INTEGER NOT NULL DEFAULT 0 CHECK (assigned IN (0, 1)),
    PRIMARY KEY (case_id, user_id)
) WITHOUT ROWID;
CREATE INDEX case_team_user ON case_team (user_id, case_id);

-- Consent to share the outline: one row per agency, with the date it runs out.
CREATE TABLE case_consents (
    case_id  INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    agency   TEXT NOT NULL,
    until_on TEXT NOT NULL,
    PRIMARY KEY (case_id, agency)
) WITHOUT ROWID;

-- Identity section: readable only by the assigned case worker(s), and only after "show".
CREATE TABLE case_identity (
    case_id          INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    real_name        TEXT NOT NULL DEFAULT '',
    contacts         TEXT NOT NULL DEFAULT '',
    current_location TEXT NOT NULL DEFAULT '',
    version          INTEGER NOT NULL DEFAULT 1,
    updated_at       TEXT NOT NULL,
    updated_by       INTEGER REFERENCES users (id)
);

CREATE TABLE sessions (
    id               INTEGER PRIMARY KEY,
    case_id          INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    starts_at        TEXT NOT NULL,
    ends_at          TEXT NOT NULL,
    room             TEXT NOT NULL DEFAULT '',
    contact_type     TEXT NOT NULL
                     CHECK (contact_type IN ('hotline_call', 'in_person', 'shelter_follow_up',
                                             'home_visit', 'hospital_visit')),
    interpreter_used INTEGER NOT NULL DEFAULT 0 CHECK (interpreter_used IN (0, 1)),
    risk_level       TEXT NOT NULL DEFAULT 'low' CHECK (risk_level IN ('low', 'medium', 'high')),
    safety_concern   INTEGER NOT NULL DEFAULT 0 CHECK (safety_concern IN (0, 1)),
    referrals        TEXT NOT NULL DEFAULT '',          -- space-separated referral codes
    follow_up_on     TEXT,
    created_by       INTEGER REFERENCES users (id),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1,
    CHECK (ends_at > starts_at)
);
-- The lists sort by these (newest first), and filter by case, contact type, risk, follow-up.
-- case_id rides along so the list can check "is this my case?" without reading the row.
CREATE INDEX sessions_starts ON sessions (starts_at, case_id);
CREATE INDEX sessions_case_starts ON sessions (case_id, starts_at);
CREATE INDEX sessions_contact_starts ON sessions (contact_type, starts_at);
CREATE INDEX sessions_risk_starts ON sessions (risk_level, starts_at);
-- Sorting by risk means high > medium > low, not alphabetical: index that very expression.
CREATE INDEX sessions_risk_rank ON sessions (
    (CASE risk_level WHEN 'high' THEN 2 WHEN 'medium' THEN 1 ELSE 0 END), starts_at
);
CREATE INDEX sessions_follow_up ON sessions (follow_up_on, starts_at);
CREATE INDEX sessions_room_starts ON sessions (room, starts_at);

CREATE TABLE session_counselors (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES users (id),
    PRIMARY KEY (session_id, user_id)
) WITHOUT ROWID;
CREATE INDEX session_counselors_user ON session_counselors (user_id, session_id);

-- Notes, one row per session and section. "version" guards against a silent overwrite: a save
-- names the version it was based on and is refused if someone saved in between.
CREATE TABLE session_notes (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    section    TEXT NOT NULL CHECK (section IN ('notes', 'health', 'legal')),
    body       TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    updated_by INTEGER REFERENCES users (id),
    UNIQUE (session_id, section)
);

-- A refused (conflicting) save is kept here, so both versions survive for the team to merge.
CREATE TABLE session_note_conflicts (
    id              INTEGER PRIMARY KEY,
    note_id         INTEGER NOT NULL REFERENCES session_notes (id) ON DELETE CASCADE,
    body            TEXT NOT NULL,
    based_on        INTEGER NOT NULL,              -- the version the refused edit started from
    saved_by        INTEGER REFERENCES users (id),
    saved_at        TEXT NOT NULL,
    resolved        INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1))
);
CREATE INDEX session_note_conflicts_note ON session_note_conflicts (note_id);

-- Full-text search: one contentless index per section, so a search over the sections a user
-- may read never touches the others. Rows are kept by tjdesk/cases/search.py (Thai text is
-- word-segmented first, which SQL triggers could not do); rowid = session_notes.id.
CREATE VIRTUAL TABLE fts_notes USING fts5 (
    body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE fts_health USING fts5 (
    body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE fts_legal USING fts5 (
    body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
);

-- Unsaved form drafts, per user and form: autosaved inside the vault, never to a plain file.
CREATE TABLE case_drafts (
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    form_key   TEXT NOT NULL,
    payload    TEXT NOT NULL,                   -- JSON
    updated_at TEXT NOT NULL,
    PRIMARY KEY (user_id, form_key)
) WITHOUT ROWID;

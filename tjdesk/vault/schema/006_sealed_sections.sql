-- 006: sealed sections (tjdesk/vault/sealing.py, docs/SECURITY.md "Sealed sections").
-- Identity, session notes, health and legal texts, their conflict copies, drafts and search
-- digests are stored only as age files (C2SP age v1). Each (case, section) has an age identity
-- of its own, itself sealed with age to exactly the users the need-to-know table entitles plus
-- the vault's recovery recipient. Removing a reader starts a new key generation, so nothing
-- written afterwards opens with the removed person's key.
-- The plaintext columns of 003 stay (SQLite cannot change a NOT NULL column in place) but are
-- emptied by the first sign-in that can seal (tjdesk/vault/seal_migration.py), and are never
-- written again.

CREATE TABLE section_keys (
    case_id         INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    section         TEXT NOT NULL CHECK (section IN ('identity', 'notes', 'health', 'legal')),
    generation      INTEGER NOT NULL CHECK (generation >= 1),
    recipient       TEXT NOT NULL,        -- age1...: texts of this generation are sealed to it
    sealed_identity BLOB NOT NULL,        -- age file: its AGE-SECRET-KEY-1... for the readers
    created_at      TEXT NOT NULL,
    PRIMARY KEY (case_id, section, generation)
) WITHOUT ROWID;

-- Who each generation's identity is sealed to (bookkeeping; the age stanzas are the truth).
-- The recovery recipient is always sealed to as well and is not listed.
CREATE TABLE section_readers (
    case_id    INTEGER NOT NULL,
    section    TEXT NOT NULL,
    generation INTEGER NOT NULL,
    user_id    INTEGER NOT NULL REFERENCES users (id),
    recipient  TEXT NOT NULL,             -- their age1... then: a new key pair means re-seal
    PRIMARY KEY (case_id, section, generation, user_id),
    FOREIGN KEY (case_id, section, generation)
        REFERENCES section_keys (case_id, section, generation) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX section_readers_user ON section_readers (user_id, case_id);

-- Per (case, section, generation): the searchable text of its notes, sealed to that generation,
-- so a sign-in opens a few thousand digests instead of every note (the in-memory index).
CREATE TABLE search_digests (
    case_id    INTEGER NOT NULL,
    section    TEXT NOT NULL,
    generation INTEGER NOT NULL,
    sealed     BLOB NOT NULL,
    PRIMARY KEY (case_id, section, generation),
    FOREIGN KEY (case_id, section, generation)
        REFERENCES section_keys (case_id, section, generation) ON DELETE CASCADE
) WITHOUT ROWID;

ALTER TABLE case_identity ADD COLUMN sealed BLOB;
ALTER TABLE case_identity ADD COLUMN key_generation INTEGER;
ALTER TABLE session_notes ADD COLUMN sealed BLOB;
ALTER TABLE session_notes ADD COLUMN key_generation INTEGER;
ALTER TABLE session_note_conflicts ADD COLUMN sealed BLOB;
ALTER TABLE session_note_conflicts ADD COLUMN key_generation INTEGER;
-- Drafts are sealed to their writer (and the recovery); case_id ties one to a case's policy.
ALTER TABLE case_drafts ADD COLUMN sealed BLOB;
ALTER TABLE case_drafts ADD COLUMN case_id INTEGER REFERENCES cases (id) ON DELETE CASCADE;

-- Handovers: a section re-sealed to a new worker by the recovery sheet or a remaining reader.
CREATE TABLE case_handovers (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    section     TEXT NOT NULL,
    to_user     INTEGER NOT NULL REFERENCES users (id),
    asked_by    TEXT NOT NULL,
    approved_by TEXT NOT NULL,
    method      TEXT NOT NULL CHECK (method IN ('recovery', 'reader')),
    at          TEXT NOT NULL
);
CREATE INDEX case_handovers_case ON case_handovers (case_id, to_user);

-- The full-text indexes of 003 held every note's words in the file: search now runs over an
-- in-memory index built per sign-in (tjdesk/cases/sealed_search.py). secure_delete zeroes
-- the freed pages; the sealing migration VACUUMs.
DROP TABLE fts_notes;
DROP TABLE fts_health;
DROP TABLE fts_legal;

-- 007: the case team and each section key generation as signed records, chained per case
-- (tjdesk/vault/team_records.py, docs/SECURITY.md "The case team is signed").
-- Each record is signed with the Ed25519 key of the person who made the change and names the
-- previous record's hash, so a row added, changed, replayed or removed outside TJ Desk is seen
-- before anything is sealed. case_team and section_keys stay as they are for lists and joins;
-- sealing trusts them only where they match these records.
CREATE TABLE case_team_records (
    case_id    INTEGER NOT NULL REFERENCES cases (id),
    seq        INTEGER NOT NULL CHECK (seq >= 1),
    body       TEXT NOT NULL,             -- canonical JSON (sorted keys), what is signed
    signer_key TEXT NOT NULL,             -- base64 Ed25519 public key of the person
    signature  TEXT NOT NULL,             -- base64 Ed25519 signature over body
    PRIMARY KEY (case_id, seq)
) WITHOUT ROWID;

CREATE TRIGGER case_team_records_no_update BEFORE UPDATE ON case_team_records
BEGIN
    SELECT RAISE(ABORT, 'team records are append-only');
END;
CREATE TRIGGER case_team_records_no_delete BEFORE DELETE ON case_team_records
BEGIN
    SELECT RAISE(ABORT, 'team records are append-only');
END;

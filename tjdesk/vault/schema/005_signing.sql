-- 005: signatures (issue 14). Every audit entry is signed by the person whose session made it;
-- every user's record (name, role, keys, status) is certified by an administrator, rooted in
-- the first administrator's key (tjdesk/vault/roster.py, tjdesk/audit.py).

-- Who signed the entry (a staff user name) and their Ed25519 signature over the entry's hash.
-- NULL in entries made before signing began, or with the recovery key (nobody signed in).
ALTER TABLE audit_log ADD COLUMN signer TEXT;
ALTER TABLE audit_log ADD COLUMN signature TEXT;

-- The root keys certification starts from: the first administrator's, pinned at set-up (its
-- fingerprint is on the recovery sheet), or at the first administrator sign-in of a vault made
-- before signing; one more each time the recovery key restores an administrator.
CREATE TABLE signing_roots (
    id         INTEGER PRIMARY KEY,
    public_key TEXT NOT NULL UNIQUE,      -- base64 Ed25519 public key
    pinned_at  TEXT NOT NULL,             -- ISO 8601 UTC
    pinned_by  TEXT NOT NULL,             -- staff user name
    how        TEXT NOT NULL CHECK (how IN ('set-up', 'migration', 'recovery key'))
);

-- Certified user records, newest last: ``body`` is the exact signed text (canonical JSON).
CREATE TABLE user_certificates (
    seq        INTEGER PRIMARY KEY,
    body       TEXT NOT NULL,
    issuer_key TEXT NOT NULL,             -- base64 Ed25519 public key of the certifier
    signature  TEXT NOT NULL              -- base64 Ed25519 signature over body
);

CREATE TRIGGER signing_roots_no_update BEFORE UPDATE ON signing_roots
BEGIN
    SELECT RAISE(ABORT, 'signing roots are append-only');
END;
CREATE TRIGGER signing_roots_no_delete BEFORE DELETE ON signing_roots
BEGIN
    SELECT RAISE(ABORT, 'signing roots are append-only');
END;
CREATE TRIGGER user_certificates_no_update BEFORE UPDATE ON user_certificates
BEGIN
    SELECT RAISE(ABORT, 'certificates are append-only');
END;
CREATE TRIGGER user_certificates_no_delete BEFORE DELETE ON user_certificates
BEGIN
    SELECT RAISE(ABORT, 'certificates are append-only');
END;

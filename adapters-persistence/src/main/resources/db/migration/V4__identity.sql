-- Accounts, sessions, second factors, password resets and the audit log.
CREATE TABLE users (
    id                   uuid PRIMARY KEY,
    name                 text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    phone                text        NOT NULL UNIQUE CHECK (phone ~ '^\+260[79][0-9]{8}$'),
    email                text        UNIQUE,
    password_hash        text        NOT NULL,
    roles                text[]      NOT NULL CHECK (cardinality(roles) > 0),
    status               text        NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    failed_logins        integer     NOT NULL DEFAULT 0,
    locked_until         timestamptz,
    session_epoch        integer     NOT NULL DEFAULT 0,
    totp_secret          text,
    totp_pending_secret  text,
    totp_last_step       bigint      NOT NULL DEFAULT 0,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    version              integer     NOT NULL DEFAULT 0
);
CREATE INDEX users_roles ON users USING gin (roles);

CREATE TABLE refresh_tokens (
    id         uuid PRIMARY KEY,
    family_id  uuid        NOT NULL,
    user_id    uuid        NOT NULL REFERENCES users (id),
    token_hash text        NOT NULL UNIQUE,
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    rotated_at timestamptz,
    revoked_at timestamptz
);
CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user ON refresh_tokens (user_id) WHERE revoked_at IS NULL;
CREATE INDEX refresh_tokens_expiry ON refresh_tokens (expires_at);

CREATE TABLE recovery_codes (
    user_id   uuid        NOT NULL REFERENCES users (id),
    code_hash text        NOT NULL,
    used_at   timestamptz,
    PRIMARY KEY (user_id, code_hash)
);

CREATE TABLE password_resets (
    id         uuid PRIMARY KEY,
    user_id    uuid        NOT NULL REFERENCES users (id),
    code_hash  text        NOT NULL,
    attempts   integer     NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);
CREATE INDEX password_resets_user ON password_resets (user_id, created_at DESC);

CREATE TABLE login_ip_failures (
    ip              text PRIMARY KEY,
    failures        integer     NOT NULL,
    last_failure_at timestamptz NOT NULL,
    locked_until    timestamptz
);

-- Append-only: the trigger refuses UPDATE and DELETE for every role, the owner included, so not
-- even a bug or a compromised application account can rewrite history. (Retention, when needed,
-- is a migration that drops old partitions, not an application DELETE.)
CREATE TABLE audit_log (
    id          uuid PRIMARY KEY,
    occurred_at timestamptz NOT NULL,
    action      text        NOT NULL,
    actor       text        NOT NULL,
    subject     text        NOT NULL,
    ip          text        NOT NULL,
    request_id  text        NOT NULL,
    detail      jsonb       NOT NULL
);
CREATE INDEX audit_log_action ON audit_log (action, id DESC);
CREATE INDEX audit_log_actor ON audit_log (actor, id DESC);
CREATE INDEX audit_log_subject ON audit_log (subject, id DESC);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_append_only
    BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate
    BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC;

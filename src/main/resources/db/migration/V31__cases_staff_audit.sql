-- Staff who sign in. Passwords are stored as DelegatingPasswordEncoder hashes ({argon2}... or {bcrypt}...).
CREATE TABLE staff_users (
    username    text PRIMARY KEY,
    password    text        NOT NULL,
    role        text        NOT NULL CHECK (role IN ('INTAKE', 'REVIEWER', 'MEDICAL_DIRECTOR', 'ADMIN')),
    enabled     boolean     NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- Who did what to which case, when, from where, and whether it was allowed. Append-only.
CREATE TABLE audit_log (
    id          bigserial PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT now(),
    username    text        NOT NULL,
    role        text,
    action      text        NOT NULL,
    case_number text,
    address     text,
    outcome     text        NOT NULL,
    detail      text
);
CREATE INDEX audit_log_case ON audit_log (case_number);
CREATE INDEX audit_log_at ON audit_log (at DESC);

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

-- Spring Session JDBC (schema-postgresql.sql of spring-session-jdbc): sessions live in the database, so any
-- instance can serve any request.
CREATE TABLE spring_session (
    primary_id            char(36) NOT NULL,
    session_id            char(36) NOT NULL,
    creation_time         bigint   NOT NULL,
    last_access_time      bigint   NOT NULL,
    max_inactive_interval int      NOT NULL,
    expiry_time           bigint   NOT NULL,
    principal_name        varchar(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id char(36)     NOT NULL,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id) REFERENCES spring_session (primary_id)
        ON DELETE CASCADE
);

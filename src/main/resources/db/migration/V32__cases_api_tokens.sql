-- API tokens for staff tools: issued to a signed-in member of staff, sent as "Authorization: Bearer <token>". Only the
-- SHA-256 hash of a token is stored, so the table does not hold anything a caller could use. A token works until it
-- expires or is revoked; the user's role is read at each use, so disabling the user or changing the role takes effect
-- at once. Checking a token is one indexed lookup: no password hash per request, no state in the application.
CREATE TABLE api_tokens (
    id          bigserial PRIMARY KEY,
    token_hash  bytea       NOT NULL UNIQUE CHECK (octet_length(token_hash) = 32),
    username    text        NOT NULL REFERENCES staff_users (username),
    label       text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    revoked_at  timestamptz,
    CHECK (expires_at > created_at)
);
CREATE INDEX api_tokens_user ON api_tokens (username);

-- How the caller of each audited access proved who they were: "session" (signed in on the pages), "HTTP Basic", or
-- "API token <id>", so that every use of a token can be traced to the token.
ALTER TABLE audit_log ADD COLUMN credential text;

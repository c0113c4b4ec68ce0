-- The reviewer panel (module reviewers). Names, license numbers and affiliations are confidential outside the
-- organization: no public page or API reads these tables.
CREATE SEQUENCE reviewer_number;

CREATE TABLE reviewers (
    id                          text PRIMARY KEY,
    name                        text        NOT NULL CHECK (btrim(name) <> ''),
    profession                  text        NOT NULL,
    sign_in_name                text UNIQUE,
    identifiers                 jsonb       NOT NULL DEFAULT '[]',
    subspecialties              text[]      NOT NULL DEFAULT '{}',
    active_practice_since       date        NOT NULL,
    weekly_hours                integer     NOT NULL CHECK (weekly_hours BETWEEN 0 AND 168),
    max_open_cases              integer     NOT NULL CHECK (max_open_cases >= 0),
    max_new_cases_per_day       integer     NOT NULL CHECK (max_new_cases_per_day >= 0),
    affiliations_declared_on    date        NOT NULL,
    created_at                  timestamptz NOT NULL DEFAULT now(),
    updated_at                  timestamptz NOT NULL DEFAULT now()
);

-- The lists of a reviewer, each row at its place in the list; a save replaces a reviewer's rows in one transaction.
CREATE TABLE reviewer_licenses (
    reviewer_id text    NOT NULL REFERENCES reviewers (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    state       text    NOT NULL,
    number      text    NOT NULL,
    status      text    NOT NULL CHECK (status IN ('ACTIVE', 'INACTIVE', 'SUSPENDED', 'REVOKED')),
    expires     date    NOT NULL,
    PRIMARY KEY (reviewer_id, position)
);

CREATE TABLE reviewer_certifications (
    reviewer_id   text    NOT NULL REFERENCES reviewers (id) ON DELETE CASCADE,
    position      integer NOT NULL,
    specialty     text    NOT NULL,
    board         text    NOT NULL,
    certified_on  date    NOT NULL,
    valid_through date,
    PRIMARY KEY (reviewer_id, position)
);

CREATE TABLE reviewer_disciplinary_entries (
    reviewer_id text    NOT NULL REFERENCES reviewers (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    opened_on   date    NOT NULL,
    authority   text    NOT NULL,
    status      text    NOT NULL CHECK (status IN ('PENDING', 'ACTION_TAKEN', 'DISMISSED')),
    summary     text    NOT NULL DEFAULT '',
    PRIMARY KEY (reviewer_id, position)
);

CREATE TABLE reviewer_unavailable_periods (
    reviewer_id text    NOT NULL REFERENCES reviewers (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    from_day    date    NOT NULL,
    through_day date    NOT NULL CHECK (through_day >= from_day),
    PRIMARY KEY (reviewer_id, position)
);

-- One declared affiliation: the party, and the detail of its kind (the other columns of the row are null).
CREATE TABLE reviewer_affiliations (
    reviewer_id       text    NOT NULL REFERENCES reviewers (id) ON DELETE CASCADE,
    position          integer NOT NULL,
    kind              text    NOT NULL CHECK (kind IN ('FINANCIAL', 'PROFESSIONAL', 'FAMILIAL', 'PRIOR_CARE_OF_EMPLOYEE')),
    party_name        text    NOT NULL,
    party_identifiers jsonb   NOT NULL DEFAULT '[]',
    ownership_percent numeric CHECK (ownership_percent BETWEEN 0 AND 100),
    compensation      text,
    relationship      text,
    relation          text,
    last_seen         date,
    care              text,
    PRIMARY KEY (reviewer_id, position)
);

-- Cases given to reviewers, each with the conflict attestation made at that moment. Append-only: a reassignment is a
-- new row. The attestation names the reviewer only by the per-case reference, never by name or panel id.
CREATE TABLE reviewer_assignments (
    id                 bigserial PRIMARY KEY,
    case_number        text        NOT NULL,
    reviewer_id        text        NOT NULL REFERENCES reviewers (id),
    assigned_on        date        NOT NULL,
    determination_due  date        NOT NULL,
    reviewer_reference text        NOT NULL,
    checked_at         timestamptz NOT NULL,
    rule_book_version  text        NOT NULL,
    statement          text        NOT NULL,
    attestation        jsonb       NOT NULL,
    recorded_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reviewer_assignments_case ON reviewer_assignments (case_number);
CREATE INDEX reviewer_assignments_reviewer ON reviewer_assignments (reviewer_id, assigned_on);

CREATE TRIGGER reviewer_assignments_append_only BEFORE UPDATE OR DELETE ON reviewer_assignments
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER reviewer_assignments_no_truncate BEFORE TRUNCATE ON reviewer_assignments
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

-- The secret that makes the per-case reviewer references of attestations (HMAC-SHA256): made once, at first use, and
-- kept, since references made under a lost key can no longer be confirmed. A deployment may supply its own instead
-- (openimr.reviewers.attestation-key).
CREATE TABLE reviewer_attestation_key (
    id     integer PRIMARY KEY CHECK (id = 1),
    secret bytea   NOT NULL CHECK (length(secret) >= 32)
);

-- IMR cases as their dated events. A case's status, deadlines and timeline are derived from the events; the row in
-- "cases" carries what lists and locks need: the version (optimistic locking), and a copy of what the events say
-- (status, priority, reviewer), rewritten with every append in the same transaction.
CREATE TABLE cases (
    case_number   text PRIMARY KEY CHECK (case_number ~ '^CM[0-9]{2}-[0-9]{7}$'),
    version       integer     NOT NULL DEFAULT 0,
    status        text        NOT NULL,
    priority      text        NOT NULL,
    received_on   date        NOT NULL,
    claim_number  text,
    applicant     text        NOT NULL,
    reviewer      text,
    application   jsonb,
    filed_at      timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cases_status ON cases (status);
CREATE INDEX cases_reviewer ON cases (reviewer) WHERE reviewer IS NOT NULL;
CREATE INDEX cases_claim ON cases (claim_number);

-- Append-only: one row per event, numbered 1, 2, 3... within its case.
CREATE TABLE case_events (
    case_number  text        NOT NULL REFERENCES cases (case_number),
    seq          integer     NOT NULL CHECK (seq > 0),
    type         text        NOT NULL,
    occurred_on  date        NOT NULL,
    payload      jsonb       NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now(),
    recorded_by  text        NOT NULL,
    PRIMARY KEY (case_number, seq)
);

CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER case_events_append_only BEFORE UPDATE OR DELETE ON case_events
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER case_events_no_truncate BEFORE TRUNCATE ON case_events
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

-- Case numbers CMyy-nnnnnnn: one PostgreSQL sequence per year, created on first use. Sequences never roll back, so a
-- filing that fails leaves a gap in the numbers, never a duplicate.
CREATE FUNCTION next_case_number(year integer) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    seq_name text := 'case_number_' || year;
    n bigint;
BEGIN
    IF year < 2000 OR year > 2099 THEN
        RAISE EXCEPTION 'case numbers carry a year from 2000 to 2099, not %', year;
    END IF;
    IF to_regclass(seq_name) IS NULL THEN
        PERFORM pg_advisory_xact_lock(hashtext('next_case_number'));
        EXECUTE format('CREATE SEQUENCE IF NOT EXISTS %I MAXVALUE 9999999 NO CYCLE', seq_name);
    END IF;
    n := nextval(seq_name);
    RETURN 'CM' || lpad((year % 100)::text, 2, '0') || '-' || lpad(n::text, 7, '0');
END $$;

-- Steps the overdue sweep found overdue on a day: derived from the events each time, recorded once per deadline.
CREATE TABLE case_overdue_flags (
    case_number  text        NOT NULL REFERENCES cases (case_number),
    deadline     text        NOT NULL,
    due          date        NOT NULL,
    flagged_on   date        NOT NULL,
    flagged_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (case_number, deadline, due)
);

-- Every run of the sweep, with the instance that ran it (ShedLock lets one instance run it at a time).
CREATE TABLE case_sweep_runs (
    id           bigserial PRIMARY KEY,
    instance     text        NOT NULL,
    started_at   timestamptz NOT NULL DEFAULT now(),
    flagged      integer     NOT NULL
);

-- ShedLock's table (net.javacrumbs.shedlock, JdbcTemplateLockProvider)
CREATE TABLE shedlock (
    name       varchar(64)  NOT NULL PRIMARY KEY,
    lock_until timestamptz  NOT NULL,
    locked_at  timestamptz  NOT NULL,
    locked_by  varchar(255) NOT NULL
);

-- Reminders that a step of a case falls due (cases.service.Reminders): recorded, not delivered (no e-mail is sent).
-- The primary key makes each reminder exist once per case, step and due date, whichever instance records it and
-- however often the job runs: the lock of the reminder job is not what keeps them single.
CREATE TABLE case_reminders (
    case_number  text        NOT NULL REFERENCES cases (case_number),
    step         text        NOT NULL,
    due          date        NOT NULL,
    recipient    text        NOT NULL CHECK (recipient IN ('CLAIMS_ADMINISTRATOR', 'REVIEWER', 'INTAKE_STAFF')),
    sent_on      date        NOT NULL,
    sent_at      timestamptz NOT NULL DEFAULT now(),
    sent_by      text        NOT NULL,
    PRIMARY KEY (case_number, step, due)
);
CREATE INDEX case_reminders_sent_on ON case_reminders (sent_on);

-- Every run of the reminder job, with the instance that ran it (ShedLock lets one instance run it at a time).
CREATE TABLE case_reminder_runs (
    id           bigserial PRIMARY KEY,
    instance     text        NOT NULL,
    run_on       date        NOT NULL,
    started_at   timestamptz NOT NULL DEFAULT now(),
    recorded     integer     NOT NULL
);

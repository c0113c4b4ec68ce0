-- Issued Final Determination Letters (cases module, range V50-V59): one row per case, written once when the letter is
-- issued and never changed. The PDF sent to the parties and its SHA-256, the letter as JSON, the public version as
-- published (PDF and JSON), the mailing that started the appeal window, the outcomes and the recipients.
CREATE TABLE issued_letters (
    case_number        text        PRIMARY KEY REFERENCES cases (case_number),
    issued_at          timestamptz NOT NULL DEFAULT now(),
    issued_by          text        NOT NULL,
    mailed_on          date        NOT NULL,
    mailing_method     text        NOT NULL CHECK (mailing_method IN ('MAIL', 'ELECTRONIC')),
    appeal_days        integer     NOT NULL CHECK (appeal_days > 0),
    appeal_last_day    date        NOT NULL CHECK (appeal_last_day > mailed_on),
    outcomes           text[]      NOT NULL CHECK (cardinality(outcomes) > 0),
    recipients         jsonb       NOT NULL,
    content_hash       text        NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    pdf                bytea       NOT NULL,
    letter             jsonb       NOT NULL,
    public_pdf         bytea       NOT NULL,
    public_letter      jsonb       NOT NULL
);

-- Immutable, as the audit log and the case events are: refuse_change() is of V30.
CREATE TRIGGER issued_letters_immutable BEFORE UPDATE OR DELETE ON issued_letters
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER issued_letters_no_truncate BEFORE TRUNCATE ON issued_letters
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

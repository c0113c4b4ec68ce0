-- The physician reviewer's workspace (docs/review.md): the documents of a case file with their text (searchable
-- within the case), the reviewer's corrections of extracted facts, and the review itself (one decision per disputed
-- item, the clinical case summary, the signature). Corrections are append-only; a signed review changes no more.

CREATE TABLE case_documents (
    id            bigserial PRIMARY KEY,
    case_number   text        NOT NULL REFERENCES cases (case_number),
    type          text        NOT NULL,
    author        text        NOT NULL,
    document_date date        NOT NULL,
    file_name     text        NOT NULL,
    media_type    text        NOT NULL,
    text          text        NOT NULL,
    search        tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED,
    uploaded_by   text        NOT NULL,
    uploaded_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_documents_case ON case_documents (case_number, id);
CREATE INDEX case_documents_search ON case_documents USING gin (search);

CREATE TRIGGER case_documents_append_only BEFORE UPDATE OR DELETE ON case_documents
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- One row per review; version is the optimistic lock of every change to the review (decisions, summary,
-- corrections, signature).
CREATE TABLE case_reviews (
    case_number   text PRIMARY KEY REFERENCES cases (case_number),
    version       integer     NOT NULL DEFAULT 0,
    summary       text,
    signed_by     text,
    signed_on     date,
    signed_at     timestamptz,
    CHECK ((signed_by IS NULL) = (signed_on IS NULL) AND (signed_on IS NULL) = (signed_at IS NULL))
);

-- A signed review is final.
CREATE FUNCTION refuse_change_when_signed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.signed_at IS NOT NULL THEN
        RAISE EXCEPTION 'the review of case % is signed: no change is possible', OLD.case_number
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER case_reviews_final_once_signed BEFORE UPDATE OR DELETE ON case_reviews
    FOR EACH ROW EXECUTE FUNCTION refuse_change_when_signed();

-- The reviewer's decision of each disputed item (item = its place in the case, 0-based). Citations are JSON of
-- org.openimr.shared.GuidelineCitation.
CREATE TABLE review_decisions (
    case_number            text        NOT NULL REFERENCES case_reviews (case_number),
    item                   integer     NOT NULL CHECK (item >= 0),
    outcome                text        NOT NULL CHECK (outcome IN ('UPHELD', 'OVERTURNED')),
    draft_outcome          text        NOT NULL,
    reason_for_change      text,
    citation               jsonb       NOT NULL,
    why_not_mtus           text,
    claims_admin_citation  jsonb       NOT NULL,
    rationale              text        NOT NULL,
    decided_by             text        NOT NULL,
    decided_at             timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (case_number, item)
);

-- Corrections of extracted facts: who, when, the fact (its document span and kind), before and after. A correction
-- either marks the fact wrong or gives the text the record should read at its span.
CREATE TABLE fact_corrections (
    id            bigserial PRIMARY KEY,
    case_number   text        NOT NULL REFERENCES case_reviews (case_number),
    document_id   bigint      NOT NULL REFERENCES case_documents (id),
    span_start    integer     NOT NULL,
    span_end      integer     NOT NULL,
    fact_kind     text        NOT NULL,
    action        text        NOT NULL CHECK (action IN ('MARKED_WRONG', 'VALUE_CHANGED')),
    before_text   text        NOT NULL,
    after_text    text        NOT NULL,
    corrected_by  text        NOT NULL,
    corrected_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (span_end > span_start)
);
CREATE INDEX fact_corrections_case ON fact_corrections (case_number, id);
CREATE TRIGGER fact_corrections_append_only BEFORE UPDATE OR DELETE ON fact_corrections
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- Nothing of a signed review changes: no decision and no correction is added, changed or removed after signing.
CREATE FUNCTION refuse_when_review_signed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    n text := CASE WHEN TG_OP = 'DELETE' THEN OLD.case_number ELSE NEW.case_number END;
BEGIN
    IF EXISTS (SELECT 1 FROM case_reviews WHERE case_number = n AND signed_at IS NOT NULL) THEN
        RAISE EXCEPTION 'the review of case % is signed: % on % refused', n, TG_OP, TG_TABLE_NAME
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER review_decisions_final_once_signed BEFORE INSERT OR UPDATE OR DELETE ON review_decisions
    FOR EACH ROW EXECUTE FUNCTION refuse_when_review_signed();
CREATE TRIGGER fact_corrections_final_once_signed BEFORE INSERT ON fact_corrections
    FOR EACH ROW EXECUTE FUNCTION refuse_when_review_signed();

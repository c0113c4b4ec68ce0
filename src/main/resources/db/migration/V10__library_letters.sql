-- The public library of published Final Determination Letters: one row per letter, one per disputed item.
-- Letters are immutable once published, so the item rows carry copies of the few letter facts that search,
-- facets and analytics filter on (decision date and year, reviewer specialties and states, the case summary for
-- full text): every search reads one table.

CREATE TABLE library_letter (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_number           text CHECK (case_number ~ '^CM[0-9]{2}-[0-9]{7}$'),
    -- SHA-256 (hex) of the letter's source text with white space collapsed
    content_hash          text NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    -- How the library names the letter (URLs, API): its case number, or for a letter without one a prefix of
    -- its content hash. Unique: the same letter is stored once.
    reference             text GENERATED ALWAYS AS (coalesce(case_number, 'sha-' || left(content_hash, 16))) STORED
                          NOT NULL,
    layout                text NOT NULL,
    date_assigned         date,
    date_of_injury        date,
    decision_date         date,
    ur_denial_date        date,
    application_received  date,
    priority              text CHECK (priority IN ('STANDARD', 'EXPEDITED')),
    licensure_states      text[] NOT NULL DEFAULT '{}',
    certifications        text[] NOT NULL DEFAULT '{}',
    subspecialties        text[] NOT NULL DEFAULT '{}',
    qualifications        text NOT NULL DEFAULT '',
    patient_age           integer CHECK (patient_age BETWEEN 0 AND 130),
    patient_sex           text CHECK (patient_sex IN ('MALE', 'FEMALE')),
    clinical_case_summary text NOT NULL DEFAULT '',
    documents_reviewed    text[] NOT NULL DEFAULT '{}',
    source_name           text NOT NULL,
    ingested_at           timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT library_letter_reference_unique UNIQUE (reference)
);

-- An ingest run skips a file whose text is already stored without parsing it again.
CREATE INDEX library_letter_content_hash ON library_letter (content_hash);

-- The facet values of an item as tokens of its search document ('c:Pharmaceuticals', 'y:2017', 'sp:Family
-- Practice'...), so that one GIN scan intersects the words of a search with the items its filters leave: a search
-- then reads only the rows it counts. Words typed into a search never produce these tokens (the parser splits at
-- the colon). The token 'r:0'..'r:15' puts each item in one of 16 sample buckets: a search that would count more
-- rows than it can in time counts one bucket and scales (DecisionSearch).
CREATE FUNCTION library_facet_tokens(letter_id bigint, item_index smallint, outcome text, category text,
                                     subcategory text, guideline text, edition text, decision_year smallint,
                                     specialties text[], states text[])
    RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN array_to_tsvector(array_remove(ARRAY['o:' || outcome, 'c:' || category, 's:' || subcategory,
                                                'g:' || guideline, 'e:' || edition, 'y:' || decision_year::text,
                                                'r:' || (hashint8(letter_id * 64 + item_index) & 15)::text]
                                          || ARRAY(SELECT 'sp:' || x FROM unnest(specialties) x)
                                          || ARRAY(SELECT 'st:' || x FROM unnest(states) x), NULL));

CREATE TABLE library_item (
    letter_id            bigint NOT NULL REFERENCES library_letter (id) ON DELETE CASCADE,
    item_index           smallint NOT NULL CHECK (item_index >= 1),
    request              text NOT NULL,
    -- set when UR modified the request: the original request and the part UR authorized
    original_request     text,
    authorized_portion   text,
    outcome              text NOT NULL CHECK (outcome IN ('UPHELD', 'OVERTURNED')),
    -- DWC request category and subcategory (library/request-categories.yaml)
    category             text NOT NULL,
    subcategory          text,
    -- the claims administrator's guideline line; ca_basis is null where the layout does not state it
    ca_basis             text CHECK (ca_basis IN ('MTUS', 'NON_MTUS', 'NONE')),
    ca_guideline         text,
    ca_edition           text,
    ca_sections          text[] NOT NULL DEFAULT '{}',
    ca_pages             text[] NOT NULL DEFAULT '{}',
    ca_other_sources     text[] NOT NULL DEFAULT '{}',
    ca_text              text NOT NULL DEFAULT '',
    -- the expert reviewer's (MAXIMUS) guideline line
    rv_basis             text NOT NULL CHECK (rv_basis IN ('MTUS', 'NON_MTUS', 'NONE')),
    rv_guideline         text,
    rv_edition           text,
    rv_sections          text[] NOT NULL DEFAULT '{}',
    rv_pages             text[] NOT NULL DEFAULT '{}',
    rv_other_sources     text[] NOT NULL DEFAULT '{}',
    rv_text              text NOT NULL DEFAULT '',
    rationale            text NOT NULL DEFAULT '',
    -- copies of letter facts, for one-table search and facets (specialties: certifications and subspecialties)
    decision_date        date,
    decision_year        smallint GENERATED ALWAYS AS (extract(year FROM decision_date)::smallint) STORED,
    specialties          text[] NOT NULL DEFAULT '{}',
    states               text[] NOT NULL DEFAULT '{}',
    case_summary         text NOT NULL DEFAULT '',
    -- full text: the request weighs most, then the rationale, then the clinical case summary; and the facet tokens
    search_document      tsvector GENERATED ALWAYS AS (
                             setweight(to_tsvector('english', request), 'A')
                             || setweight(to_tsvector('english', rationale), 'B')
                             || setweight(to_tsvector('english', case_summary), 'C')
                             || library_facet_tokens(letter_id, item_index, outcome, category, subcategory,
                                                     rv_guideline, rv_edition,
                                                     extract(year FROM decision_date)::smallint, specialties, states))
                             STORED,
    -- the request alone: ranks results (items whose request names the words first) without reading the long
    -- search_document of every match
    request_document     tsvector GENERATED ALWAYS AS (to_tsvector('english', request)) STORED,
    PRIMARY KEY (letter_id, item_index)
) WITH (toast_tuple_target = 128);
-- A search visits every matching row (to count facets and rank), so those rows stay narrow: toast_tuple_target
-- moves the long texts and search_document out of line, and STORAGE MAIN keeps the short columns a search reads
-- in the row (out of line only if a row would not fit a page).
ALTER TABLE library_item
    ALTER COLUMN outcome SET STORAGE MAIN,
    ALTER COLUMN category SET STORAGE MAIN,
    ALTER COLUMN subcategory SET STORAGE MAIN,
    ALTER COLUMN rv_basis SET STORAGE MAIN,
    ALTER COLUMN rv_guideline SET STORAGE MAIN,
    ALTER COLUMN rv_edition SET STORAGE MAIN,
    ALTER COLUMN specialties SET STORAGE MAIN,
    ALTER COLUMN states SET STORAGE MAIN,
    ALTER COLUMN request_document SET STORAGE MAIN;

CREATE INDEX library_item_search ON library_item USING gin (search_document);
CREATE INDEX library_item_outcome ON library_item (outcome);
CREATE INDEX library_item_category ON library_item (category, subcategory);
CREATE INDEX library_item_subcategory ON library_item (subcategory);
CREATE INDEX library_item_guideline ON library_item (rv_guideline, rv_edition);
CREATE INDEX library_item_edition ON library_item (rv_edition);
CREATE INDEX library_item_year ON library_item (decision_year);
-- browsing without words: newest first
CREATE INDEX library_item_newest ON library_item (decision_date DESC NULLS LAST, letter_id DESC, item_index);
CREATE INDEX library_item_specialties ON library_item USING gin (specialties);
CREATE INDEX library_item_states ON library_item USING gin (states);

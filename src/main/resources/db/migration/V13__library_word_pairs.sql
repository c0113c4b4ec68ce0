-- Adjacent word pairs, so that a phrase search reads only the items that can contain the phrase.
--
-- A phrase ("physical therapy pain") is a tsquery of words at consecutive positions ('physic' <-> 'therapi' <->
-- 'pain'). The GIN index on search_document knows which items hold each word but not where, so PostgreSQL had to
-- read the search document of every item holding all the words and compare positions: at 475,000 items a phrase of
-- common words read 242,000 documents (7 s) to keep 714.
--
-- pair_document holds one lexeme per pair of words at consecutive positions of the text search_document is made
-- of, joined by '_' ('physic_therapi', 'therapi_pain'). An item containing the phrase contains each of its pairs, so
-- DecisionSearch adds "pair_document @@ 'physic_therapi' & 'therapi_pain'" to the words: one exact index lookup
-- per pair, and the positions are compared (by search_document @@ words, as before) only on the few items left.
-- The pairs are taken from the same tsvector as search_document's words (request, rationale, case summary, in
-- that order, positions continuing across them), so they are adjacent exactly where PostgreSQL's <-> says so.
CREATE FUNCTION library_word_pairs(document tsvector)
    RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (SELECT coalesce(array_to_tsvector(array_agg(DISTINCT word.lexeme || '_' || next.lexeme)), ''::tsvector)
            FROM (SELECT lexeme, unnest(positions) AS pos FROM unnest(document)) word
            JOIN (SELECT lexeme, unnest(positions) AS pos FROM unnest(document)) next ON next.pos = word.pos + 1
            -- a lexeme is at most 2,046 bytes; DecisionSearch leaves longer pairs out of its queries too
            WHERE octet_length(word.lexeme) + octet_length(next.lexeme) < 2046);

ALTER TABLE library_item
    ADD COLUMN pair_document tsvector GENERATED ALWAYS AS (
        library_word_pairs(to_tsvector('english', request) || to_tsvector('english', rationale)
                           || to_tsvector('english', case_summary))) STORED;

CREATE INDEX library_item_pairs ON library_item USING gin (pair_document);

package org.openimr.determination.internal;

import java.util.regex.Pattern;

import org.openimr.casefile.Clauses;
import org.openimr.casefile.Span;

/**
 * A clause that sets a condition ("found no lesion that would warrant surgical intervention", "only a progressive
 * deficit would warrant surgery"): the operation or care it names is supposed, neither planned nor considered, so a
 * fact documented by a planned mention (surgery_considered) takes no credit from it. The clause runs within the
 * mention's sentence between semicolons ("...; an ESI was advised" is a clause of its own). The words are
 * reading-words.tsv's {@code condition}.
 */
final class ConditionalClause {

    private static final Pattern CONDITION = DataFiles.standard().readingWords("condition");

    private ConditionalClause() {
    }

    /** Whether the record's words at {@code span} stand in a clause that only supposes them. */
    static boolean holds(String text, Span span) {
        if (!span.documentId().equals(CaseRecord.RECORD) || span.end() > text.length()) {
            return false;
        }
        Sentences clause = Sentences.clauseAround(text, span.start(), span.end(), Clauses.SEMICOLON);
        return CONDITION.matcher(text).region(clause.start(), clause.end()).find();
    }
}

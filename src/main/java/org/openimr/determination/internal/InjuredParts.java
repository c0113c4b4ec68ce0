package org.openimr.determination.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.openimr.casefile.Assertion;
import org.openimr.casefile.BodyPartMention;
import org.openimr.shared.BodyRegion;

/**
 * The parts of the body the record says were injured or are complained of, for a request that names no part: the parts
 * named in a sentence of the injury or the complaint ("injured her low back lifting a crate", "c/o neck pain";
 * reading-words.tsv {@code injury-or-complaint}). Care or a finding whose words name only a clearly other part ("in PT
 * for the right knee" beside "massage therapy x 4" for an injured low back) is then no care of the part treated. Empty
 * when no such sentence names a part: the request's part is then unknown and nothing is checked.
 */
final class InjuredParts {

    private static final Pattern INJURY_OR_COMPLAINT = DataFiles.standard().readingWords("injury-or-complaint");

    private InjuredParts() {
    }

    static Set<BodyRegion> of(CaseRecord c) {
        Set<BodyRegion> parts = EnumSet.noneOf(BodyRegion.class);
        String text = c.record().text();
        for (BodyPartMention b : c.facts().bodyParts()) {
            if (b.assertion() == Assertion.NEGATED || !b.span().documentId().equals(CaseRecord.RECORD)
                    || b.span().end() > text.length()) {
                continue;
            }
            Sentences sentence = Sentences.around(text, b.span().start(), b.span().end());
            if (INJURY_OR_COMPLAINT.matcher(text).region(sentence.start(), sentence.end()).find()) {
                parts.add(b.region().region());
            }
        }
        return parts;
    }
}

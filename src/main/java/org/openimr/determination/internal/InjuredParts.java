package org.openimr.determination.internal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.casefile.Assertion;
import org.openimr.casefile.BodyPartMention;
import org.openimr.shared.BodyRegion;

/**
 * The parts of the body the record says were injured or are complained of, for a request that names no part: the parts
 * the record's own sentence of the request names ("requested massage therapy x 4 for the cervical spine"), else those
 * named in a sentence of the injury or the complaint ("injured her low back lifting a crate", "c/o neck pain";
 * reading-words.tsv {@code injury-or-complaint}) that is not of another time ("PMH: she hurt her right knee skiing in
 * 2009, since resolved"). Care or a finding whose words name only a clearly other part ("in PT
 * for the right knee" beside "massage therapy x 4" for an injured low back) is then no care of the part treated. Empty
 * when no such sentence names a part: the request's part is then unknown and nothing is checked.
 */
final class InjuredParts {

    private static final Pattern INJURY_OR_COMPLAINT = DataFiles.standard().readingWords("injury-or-complaint");
    private static final Pattern ANOTHER_TIME = DataFiles.standard().readingWords("injury-of-another-time");
    private static final Pattern RECORD_REQUEST = DataFiles.standard().readingWords("record-request");

    private InjuredParts() {
    }

    static Set<BodyRegion> of(CaseRecord c) {
        Optional<Pattern> requested = firstWord(c.request().text());
        Set<BodyRegion> ofTheRequest = partsOfSentences(c, sentence -> requested.isPresent()
                && sentence.find(RECORD_REQUEST) && sentence.find(requested.get()));
        if (!ofTheRequest.isEmpty()) {
            return ofTheRequest;
        }
        return partsOfSentences(c, sentence -> sentence.find(INJURY_OR_COMPLAINT) && !sentence.find(ANOTHER_TIME));
    }

    /** The parts, not denied, the record names in the sentences that pass. */
    private static Set<BodyRegion> partsOfSentences(CaseRecord c, Predicate<Sentence> which) {
        Set<BodyRegion> parts = EnumSet.noneOf(BodyRegion.class);
        String text = c.record().text();
        for (BodyPartMention b : c.facts().bodyParts()) {
            if (b.assertion() == Assertion.NEGATED || !b.span().documentId().equals(CaseRecord.RECORD)
                    || b.span().end() > text.length()) {
                continue;
            }
            if (which.test(new Sentence(text, Sentences.around(text, b.span().start(), b.span().end())))) {
                parts.add(b.region().region());
            }
        }
        return parts;
    }

    /** A sentence of the record, searched for words. */
    private record Sentence(String text, Sentences around) {
        boolean find(Pattern words) {
            return words.matcher(text).region(around.start(), around.end()).find();
        }
    }

    /** The request's first word, as whole word ("massage" of "Massage therapy x 4"), if it has letters. */
    private static Optional<Pattern> firstWord(String request) {
        Matcher w = Pattern.compile("\\p{L}[\\p{L}-]{2,}").matcher(request == null ? "" : request);
        return w.find() ? Optional.of(Pattern.compile("(?i)(?<![\\p{L}])" + Pattern.quote(w.group()) + "(?![\\p{L}])"))
                : Optional.empty();
    }
}

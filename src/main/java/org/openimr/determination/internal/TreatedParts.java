package org.openimr.determination.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.openimr.casefile.BodyPartMention;
import org.openimr.casefile.Span;

/**
 * The parts of the body a mention of earlier treatment names as treated: within its own words ("24 sessions of lumbar
 * physical therapy"), right after it ("24 sessions of physical therapy for the low back and neck") or right before it
 * ("low back PT x 12", "neck pain treated with PT x 12"). Sessions that name only parts the request is not for, in a sentence that names no part it is
 * for, were given for another complaint: they neither use up the visits the guideline allows for the part requested
 * nor make its course a further one. Sessions naming no part, or one the request is for, count as before.
 */
final class TreatedParts {

    /** Between a treatment and the part it was for: "for the", "to her left", "(6 visits) of the". */
    private static final Pattern FOR_THE_PART = Pattern.compile("(?i)^[^.;:,\\n]{0,30}?\\b(?:for|to|of|on|at)\\s+"
            + "(?:the\\s+|her\\s+|his\\s+|their\\s+)?(?:both\\s+|bilateral\\s+|left\\s+|right\\s+|(?-i:[LR])\\.?\\s+)?$");
    /** Between two parts named together: "low back and neck", "neck, shoulders". */
    private static final Pattern AND_THE_PART = Pattern.compile("(?i)^\\s*(?:,|and|&|/|,\\s*and)\\s*(?:the\\s+)?"
            + "(?:both\\s+|bilateral\\s+|left\\s+|right\\s+)?$");
    /** Between a part and the treatment after it: "lumbar PT", "low back physical therapy", "neck - PT". */
    private static final Pattern PART_THEN_TREATMENT = Pattern.compile("(?i)^[\\s-]{0,3}$");
    /** Between a part and the treatment it was treated with: "neck pain treated with PT x 12". */
    private static final Pattern PART_TREATED_WITH = Pattern.compile("(?i)^\\s+(?:pain\\s+|complaints?\\s+|symptoms\\s+)?"
            + "(?:(?:was|were|has\\s+been|have\\s+been)\\s+)?treated\\s+with\\s+(?:a\\s+course\\s+of\\s+)?$");

    private TreatedParts() {
    }

    /** Whether the record's mention of treatment at {@code treatment} names only parts the request is not for. */
    static boolean forAnotherRegion(CaseRecord c, Span treatment) {
        if (c.request().regions().isEmpty() || !treatment.documentId().equals(CaseRecord.RECORD)
                || treatment.end() > c.record().text().length()) {
            return false;
        }
        String text = c.record().text();
        List<BodyPartMention> parts = c.facts().bodyParts().stream()
                .filter(b -> b.span().documentId().equals(CaseRecord.RECORD))
                .sorted((a, b) -> Integer.compare(a.span().start(), b.span().start())).toList();
        List<BodyPartMention> named = named(text, treatment, parts);
        if (named.isEmpty() || named.stream().anyMatch(b -> requested(c, b))) {
            return false;
        }
        // a part requested anywhere in the sentence may be one the sessions treated too, in words not read here ("for
        // neck pain and right shoulder pain", "the shoulder was also treated during those visits"): they count
        Sentences sentence = Sentences.around(text, treatment.start(), treatment.end());
        // so may the next sentence when it speaks of them ("These sessions also treated her right shoulder.")
        Sentences next = Sentences.referringBack(text, sentence).orElse(sentence);
        return parts.stream().noneMatch(b -> (sentence.contains(b.span().start(), b.span().end())
                || next.contains(b.span().start(), b.span().end())) && requested(c, b));
    }

    private static boolean requested(CaseRecord c, BodyPartMention b) {
        return c.request().regions().stream().anyMatch(wanted -> FactResolver.sameLimb(wanted, b.region().region()));
    }

    private static List<BodyPartMention> named(String text, Span treatment, List<BodyPartMention> parts) {
        List<BodyPartMention> named = new ArrayList<>();
        int chainEnd = -1;
        for (BodyPartMention b : parts) {
            Span s = b.span();
            boolean within = s.start() >= treatment.start() && s.end() <= treatment.end();
            boolean before = s.end() <= treatment.start() && (treatment.start() - s.end() <= 3
                    && PART_THEN_TREATMENT.matcher(text.substring(s.end(), treatment.start())).matches()
                    || treatment.start() - s.end() <= 40
                    && PART_TREATED_WITH.matcher(text.substring(s.end(), treatment.start())).matches());
            boolean after = s.start() >= treatment.end() && s.start() - treatment.end() <= 40
                    && FOR_THE_PART.matcher(text.substring(treatment.end(), s.start())).matches();
            boolean chained = chainEnd >= 0 && s.start() >= chainEnd && s.start() - chainEnd <= 20
                    && AND_THE_PART.matcher(text.substring(chainEnd, s.start())).matches();
            if (within || before || after || chained) {
                named.add(b);
                if (after || chained) {
                    chainEnd = s.end();
                }
            }
        }
        return named;
    }
}

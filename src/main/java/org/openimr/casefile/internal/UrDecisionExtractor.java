package org.openimr.casefile.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.casefile.StatedDate;
import org.openimr.casefile.UrDecision;

/**
 * Utilization Review decisions. A sentence about UR ("utilization review", "UR", "prior review", "prior
 * determination", "claims administrator", "previously denied", "non-certified", "the reviewer") gives one decision
 * per decision phrase in it (denied / non-certified / not medically necessary; modified / partially certified;
 * approved / certified / authorized), each with the request it names ("denied the request for X", "the request for X
 * was non-certified", "non-certification of X") and the sentence's review date. A following sentence that decides a
 * request ("The request for naproxen was approved.") continues the same review and takes its date.
 */
final class UrDecisionExtractor implements Extractor {

    private static final Pattern UR_CUE = Pattern.compile("(?i)(?<![\\p{L}])(?:utilization\\s+review|(?-i:UR)|"
            + "(?:prior|previous|original|initial)\\s+(?:utilization\\s+)?(?:review|determination|decision|denial)|"
            + "claims\\s+administrator|peer\\s+review|previously\\s+(?:non-?\\s*certified|denied|modified|reviewed|deemed|"
            + "approved|certified|authorized|partially)|(?:was|were|been|had)\\s+previously|determination\\s+letter|"
            // only a review certifies: "The lumbar MRI was non-certified on 08/10/2016; the reviewer stated ..."
            + "non-?\\s*certif(?:ied|ication)|noncertif(?:ied|ication)|(?:UR\\s+|the\\s+)reviewer)"
            + "(?![\\p{L}])");
    private static final Pattern FOLLOW_ON = Pattern.compile("(?i)(?<![\\p{L}])(?:requests?|requested|previously|"
            + "concurrent)(?![\\p{L}])");
    private static final Pattern DENIED = Pattern.compile("(?i)(?<![\\p{L}])(?:non-?\\s*certif(?:ied|ication|y)|"
            + "noncertif(?:ied|ication)|not\\s+certified|denied|denial\\s+of|not\\s+(?:been\\s+)?approved|failed\\s+to\\s+"
            + "(?:approve|certify|authorize)|(?:deemed\\s+)?not\\s+medically\\s+necessary|upheld\\s+the\\s+denial)(?![\\p{L}])");
    private static final Pattern MODIFIED = Pattern.compile("(?i)(?<![\\p{L}])(?:partially\\s+(?:approved|certified|"
            + "authorized)|approved\\s+in\\s+part|modif(?:ied|ication))(?![\\p{L}])");
    private static final Pattern APPROVED = Pattern.compile("(?i)(?<![\\p{L}-])(?:certified|approved|authorized)"
            + "(?![\\p{L}])");
    private static final String STOP = "(?=\\s+(?:was|were|is|are|had|has|have|due\\s+to|given|as\\s|because|based|"
            + "secondary|since|noting|stating|citing|which|in\\s+light|and\\s+(?:the|a)\\s+(?:request|concurrent)|"
            + "and\\s+resulted|to\\s+(?:an?|the|\\d|#)|on\\s+(?:the\\s+basis|\\d))|\\s*(?:\\.(?!\\d)|;)|,\\s*(?:and\\s+)?(?:the\\s+request|"
            + "non-|modif|denied|approved|certified|which|as|due|noting|stating|given|because)|$)";
    private static final Pattern REQUEST_AFTER = Pattern.compile("(?is)^\\s*(?:(?:of|for)\\s+)?(?:the\\s+|a\\s+|an\\s+|"
            + "this\\s+)?(?:(?:original\\s+|concurrent\\s+|retrospective\\s+)?requests?\\s+(?:for|of)\\s+(?:the\\s+|an?\\s+)?|"
            + "requested\\s+)(.+?)" + STOP);
    private static final Pattern OBJECT_AFTER = Pattern.compile("(?is)^\\s*(?:(?:of|for)\\s+(?:the\\s+|an?\\s+)?|"
            + "(?:the|a|an)\\s+)(?!request)(.+?)" + STOP);
    private static final Pattern REQUEST_BEFORE = Pattern.compile("(?is)(?:requests?\\s+(?:for|of)|requested)\\s+"
            + "(?:the\\s+|an?\\s+)?(.+?)\\s+(?:(?:was|were|is|are|had\\s+been|has\\s+been|have\\s+been)\\s+)?(?:previously\\s+|"
            + "also\\s+|subsequently\\s+|ultimately\\s+|then\\s+)?(?:deemed\\s+)?(?:partially\\s+)?$");
    private static final Pattern SUBJECT_BEFORE = Pattern.compile("(?is)^(?:the\\s+)?(.{2,60}?)\\s+(?:was|were|had\\s+been|"
            + "has\\s+been|have\\s+been)\\s+(?:previously\\s+|also\\s+)?(?:deemed\\s+)?(?:partially\\s+)?$");
    private static final Pattern NOT_A_REQUEST = Pattern.compile("(?i)^(?:this|these|the|that)?\\s*(?:case|requests?|"
            + "treatment|review|determination|decision|prior\\s+review|utilization\\s+review|it|they|which|that)$");
    private static final Pattern NOT_A_REVIEW_DATE = Pattern.compile("(?i)(?:authorization|RFA|date\\s+of\\s+service|"
            + "office\\s+visit|progress\\s+(?:note|report)|evaluation|visit|seen|presented|provided|dispensed|prescribed|"
            + "service|injury|injured)[^.;]{0,25}$");

    private record Verb(int start, int end, UrDecision.Decision decision) {
    }

    @Override
    public void extract(Analysis a, FactsBuilder facts) {
        Optional<StatedDate> reviewDate = Optional.empty();
        int lastReviewSentence = -10;
        for (Sentence s : a.sentences) {
            Matcher cue = UR_CUE.matcher(a.text).region(s.start(), s.end());
            boolean about = cue.find();
            boolean followOn = !about && s.index() - lastReviewSentence <= 3
                    && FOLLOW_ON.matcher(a.text).region(s.start(), s.end()).find();
            if (!about && !followOn) {
                continue;
            }
            List<Verb> verbs = verbs(a.text, s);
            if (verbs.isEmpty()) {
                continue;
            }
            Optional<StatedDate> date = reviewDate;
            if (about) {
                Optional<StatedDate> own = reviewDate(a, s, cue.start());
                if (own.isPresent()) {
                    date = own;
                    reviewDate = own;
                }
            }
            lastReviewSentence = s.index();
            int previousEnd = s.start();
            for (Verb v : verbs) {
                int[] request = request(a.text, s, v, previousEnd);
                int start = request == null ? v.start() : Math.min(v.start(), request[0]);
                int end = request == null ? v.end() : Math.max(v.end(), request[1]);
                String text = request == null ? "" : a.text.substring(request[0], request[1]).replaceAll("\\s+", " ").strip();
                facts.urDecisions.add(new UrDecision(v.decision(), text, date, a.span(start, end)));
                previousEnd = end;
            }
        }
    }

    private static List<Verb> verbs(String text, Sentence s) {
        List<Verb> verbs = new ArrayList<>();
        collect(DENIED, UrDecision.Decision.DENIED, text, s, verbs);
        collect(MODIFIED, UrDecision.Decision.MODIFIED, text, s, verbs);
        collect(APPROVED, UrDecision.Decision.APPROVED, text, s, verbs);
        verbs.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return verbs;
    }

    private static void collect(Pattern p, UrDecision.Decision decision, String text, Sentence s, List<Verb> into) {
        Matcher m = p.matcher(text).region(s.start(), s.end());
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (into.stream().noneMatch(v -> v.start() < end && start < v.end())) {
                into.add(new Verb(start, end, decision));
            }
        }
    }

    /** The request a decision phrase names: after it, else before it, else the subject of its sentence. */
    private static int[] request(String text, Sentence s, Verb v, int previousEnd) {
        Matcher after = REQUEST_AFTER.matcher(text).region(v.end(), s.end());
        if (after.lookingAt()) {
            return new int[] {after.start(1), after.end(1)};
        }
        // the request of an earlier decision phrase can run past this one ("modified the therapy request and denied
        // the other requests"): look back no further than this phrase's start
        int from = Math.min(Math.max(previousEnd, s.start()), v.start());
        Matcher before = REQUEST_BEFORE.matcher(text).region(from, v.start());
        if (before.find()) {
            return new int[] {before.start(1), before.end(1)};
        }
        Matcher object = OBJECT_AFTER.matcher(text).region(v.end(), s.end());
        if (object.lookingAt() && object.end(1) - object.start(1) <= 120) {
            return new int[] {object.start(1), object.end(1)};
        }
        Matcher subject = SUBJECT_BEFORE.matcher(text).region(from, v.start());
        if (subject.find() && !NOT_A_REQUEST.matcher(subject.group(1).strip()).matches()
                && !UR_CUE.matcher(subject.group(1)).find()) {
            return new int[] {subject.start(1), subject.end(1)};
        }
        return null;
    }

    /** The date in the sentence nearest to the UR cue that is not the date of a visit or a request for authorization. */
    private static Optional<StatedDate> reviewDate(Analysis a, Sentence s, int anchor) {
        Dates.Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Dates.Mention d : a.datesIn(s.start(), s.end())) {
            if (NOT_A_REVIEW_DATE.matcher(a.text.substring(Math.max(s.start(), d.start() - 45), d.start())).find()) {
                continue;
            }
            int distance = Math.abs(d.start() - anchor);
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best).map(Dates.Mention::date);
    }
}

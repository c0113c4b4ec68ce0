package org.openimr.casefile.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.casefile.Clauses;
import org.openimr.casefile.Assertion;
import org.openimr.casefile.BodySite;
import org.openimr.casefile.DiagnosticStudy;
import org.openimr.casefile.Span;
import org.openimr.casefile.StatedDate;
import org.openimr.shared.BodyRegion;

/**
 * Imaging and electrodiagnostic studies: the kind (lexicon), the region ("MRI of the lumbar spine", "lumbar MRI"),
 * the date ("dated 10/28/2016", "on 11/25/2016", "the 11/21/13 MRI") and the findings ("revealed ..." to the end of
 * the sentence). A study with findings was done, whatever the sentence's triggers say; a requested study carries
 * no date (the dates of its sentence are those of the request or the review).
 */
final class DiagnosticStudyExtractor implements Extractor {

    private static final Pattern FINDINGS = Pattern.compile("(?i)(?<![\\p{L}])(?:(?:reportedly|which\\s+was\\s+noted\\s+to|"
            + "was\\s+noted\\s+to|were\\s+noted\\s+to)\\s+)?(?:revealed|reveals|reveal|showed|shows|show|showing|demonstrated|"
            + "demonstrates|was\\s+documented\\s+as\\s+showing|was\\s+notable\\s+for|was\\s+significant\\s+for|indicated|"
            + "reported|found|confirmed|was\\s+consistent\\s+with|with\\s+findings\\s+of|impression\\s+of)(?![\\p{L}])");
    private static final Pattern FINDINGS_IS_RESULT = Pattern.compile("(?i)(?<![\\p{L}])(?:was|were)\\s+(unremarkable|"
            + "normal|negative|positive\\s+for\\s+[^.;]+|within\\s+normal\\s+limits)");
    /** Findings written before the study: "a C7 radiculopathy confirmed by EMG", "a tear seen on MRI". */
    private static final Pattern CONFIRMED_BY = Pattern.compile("(?i)(?<![\\p{L}])(?:was\\s+|were\\s+)?(?:confirmed|"
            + "documented|demonstrated|shown|seen|evident|verified)\\s+(?:by|on|with|in)\\s+(?:an?\\s+|the\\s+)?"
            + "(?:(?:prior|previous|recent|repeat)\\s+)?$");
    /**
     * Findings after a colon that closes the study's own name, region and date ("MRI 1/12/2016: L4-5 disc herniation",
     * "EMG/NCV of the legs (04/04/2016): left L5 radiculopathy"), unless what follows says it is not yet done.
     */
    private static final Pattern COLON_FINDINGS = Pattern.compile("(?i)^[\\s\\p{L}\\d/,()-]{0,40}?:\\s*"
            + "(?!(?:pending|scheduled|requested|ordered|not\\s|none|to\\s+be)(?![\\p{L}]))(?=\\S)");
    /** A finding the study is yet to confirm or may show: "to be confirmed by", "will be seen on", "whether". */
    private static final Pattern NOT_YET_SEEN = Pattern.compile("(?i)(?<![\\p{L}])(?:(?:to|will|would|may|might|"
            + "must|should|could|can)\\s+be|whether|if)(?![\\p{L}])");
    /**
     * "showing" after a study denied or asked for reports nothing ("No MRI showing nerve root compression has been
     * provided", "requested an MRI showing whether ..."); nor does "showing whether".
     */
    private static final Pattern PARTICIPLE = Pattern.compile("(?i)showing");
    /** A condition before a findings verb: "an MRI to see if a tear is found" reports no finding. */
    private static final Pattern CONDITION = Pattern.compile("(?i)(?<![\\p{L}])(?:if|whether|in\\s+case)(?![\\p{L}])");
    /** A finding the study did not show: "No radiculopathy was seen on EMG", "was not confirmed by MRI". */
    private static final Pattern NOT_SEEN = Pattern.compile("(?i)(?<![\\p{L}])(?:no|not|never|without)(?![\\p{L}])");

    /**
     * A study the sentence says is needed is not yet done: "The MRI is needed for preoperative planning", "an MRI of
     * the lumbar spine is necessary to plan the operation" (only for a study: "assistance is needed" is a need).
     */
    private static final Pattern STILL_NEEDED = Pattern.compile("(?i)\\s*(?:(?:of|to)\\s+the\\s+(?:\\p{L}+\\s+){1,3})?"
            + "(?:(?:is|are)\\s+(?:still\\s+)?(?:needed|necessary|required))(?![\\p{L}])");

    private static final Pattern DATE_FILLER = Pattern.compile("(?i)^[\\s,(]*(?:(?:of|to)\\s+the\\s+(?:\\w+\\s+){1,4})?"
            + "(?:with(?:out)?\\s+(?:and\\s+without\\s+)?contrast\\s*,?\\s*)?"
            + "(?:(?:was\\s+|were\\s+)?(?:performed|done|obtained|taken)\\s+)?(?:dated|on|from|of|performed\\s+on|done\\s+on)"
            + "?\\s*$");

    private static final Pattern REGION_AFTER = Pattern.compile("(?i)[\\s(]*(?:(?:imaging\\s+|scans?\\s+|studies\\s+|"
            + "study\\s+|testing\\s+|with(?:out)?\\s+contrast\\s+|,\\s*)*(?:of|to|for|on|at)\\s+)?(?:the\\s+)?"
            + "(?:(?:left|right|bilateral|both|lower|upper|and)\\s+){0,3}");
    private static final Pattern REGION_BEFORE = Pattern.compile("(?i)\\s*(?:spine\\s+)?");

    private final ContextRules context;

    DiagnosticStudyExtractor(ContextRules context) {
        this.context = context;
    }

    @Override
    public void extract(Analysis a, FactsBuilder facts) {
        List<Match<DiagnosticStudy.Kind>> studies = a.matches(a.lexicon.studies);
        int findingsEnd = -1;
        for (int i = 0; i < studies.size(); i++) {
            Match<DiagnosticStudy.Kind> m = studies.get(i);
            if (m.start() < findingsEnd) {
                continue; // "showed ... like the prior CT": a study named in the findings is not another study
            }
            Optional<Sentence> found = a.sentenceAt(m.start());
            if (found.isEmpty() || found.get().section().excludes(false) || m.end() > found.get().end()) {
                continue;
            }
            Sentence s = found.get();
            int nextStudy = i + 1 < studies.size() ? Math.min(s.end(), studies.get(i + 1).start()) : s.end();
            Assertion assertion = context.assertion(a, s, m.start(), m.end());
            if (assertion == Assertion.AFFIRMED && STILL_NEEDED.matcher(a.text).region(m.end(), nextStudy).lookingAt()) {
                assertion = Assertion.REQUESTED;
            }

            Optional<Span> findings = Optional.empty();
            int findingsVerb = nextStudy;
            // a study's findings lie in its own clause, and not after "if" ("requested an MRI; she would consider
            // surgery if a surgical lesion is found")
            int semicolon = a.text.indexOf(';', m.end());
            int clauseEnd = semicolon >= 0 && semicolon < nextStudy ? semicolon : nextStudy;
            Matcher verb = FINDINGS.matcher(a.text).region(m.end(), Math.min(clauseEnd, m.end() + 120));
            Matcher result = FINDINGS_IS_RESULT.matcher(a.text).region(m.end(), Math.min(clauseEnd, m.end() + 80));
            boolean hasVerb = verb.find() && !CONDITION.matcher(a.text).region(m.end(), verb.start()).find()
                    && !(PARTICIPLE.matcher(verb.group()).matches() && (!assertion.isPresentOrPast()
                            || CONDITION.matcher(a.text).region(verb.end(), Math.min(a.text.length(), verb.end() + 12))
                                    .find()));
            boolean hasResult = result.find();
            Matcher colon = COLON_FINDINGS.matcher(a.text).region(m.end(), nextStudy);
            if (colon.lookingAt() && (!hasVerb || colon.end() <= verb.start())
                    && (!hasResult || colon.end() <= result.start())) {
                findingsVerb = a.text.lastIndexOf(':', colon.end());
                int end = s.end() > 0 && a.text.charAt(s.end() - 1) == '.' ? s.end() - 1 : s.end();
                if (end > colon.end()) {
                    findings = Optional.of(a.span(colon.end(), end));
                }
            } else if (hasVerb && (!hasResult || verb.start() <= result.start())) {
                findingsVerb = verb.start();
                int end = s.end() > 0 && a.text.charAt(s.end() - 1) == '.' ? s.end() - 1 : s.end();
                if (end > verb.end()) {
                    findings = Optional.of(a.span(verb.end(), end));
                }
            } else if (hasResult) {
                findingsVerb = result.start();
                findings = Optional.of(a.span(result.start(1), result.end(1)));
            }
            if (findings.isEmpty()) {
                FindingsBefore before = findingsBefore(a, s, m);
                findings = before.findings();
                if (before.study().isPresent() && assertion != Assertion.HISTORICAL) {
                    assertion = before.study().get();
                }
            }
            if (findings.isPresent() && findings.get().length() == 0) {
                findings = Optional.empty();
            }
            if (findings.isPresent()) {
                assertion = Assertion.AFFIRMED;
                findingsEnd = findings.get().end();
            }

            int start = m.start();
            int end = m.end();
            Optional<Match<BodySite>> region = region(a, s, m, Math.min(findingsVerb, nextStudy));
            if (region.isPresent()) {
                start = Math.min(start, region.get().start());
                end = Math.max(end, region.get().end());
            }
            Optional<StatedDate> date = Optional.empty();
            if (assertion != Assertion.REQUESTED) {
                Optional<Dates.Mention> d = date(a, s, m, end, findingsVerb);
                if (d.isPresent()) {
                    date = Optional.of(d.get().date());
                    start = Math.min(start, d.get().start());
                    end = Math.max(end, d.get().end());
                }
            }
            facts.diagnosticStudies.add(new DiagnosticStudy(m.value(), region.map(Match::value), date, findings,
                    assertion, a.span(start, end)));
        }
    }

    /** The findings written before a study, and how that clause states the study when it says (else empty). */
    private record FindingsBefore(Optional<Span> findings, Optional<Assertion> study) {

        static final FindingsBefore NONE = new FindingsBefore(Optional.empty(), Optional.empty());
    }

    /**
     * Findings a sentence states before the study that confirmed them ("Left arm pain from a C7 radiculopathy
     * confirmed by EMG"): the clause before "confirmed by", "seen on"..., from the last comma, semicolon or colon.
     * A finding the study is yet to confirm ("to be confirmed by EMG", "whether ... will be seen on an EMG") is none,
     * and the study is requested; one the study did not show ("No radiculopathy was seen on EMG", "was not
     * confirmed by MRI") is none either, but the study was done.
     */
    private static FindingsBefore findingsBefore(Analysis a, Sentence s, Match<?> m) {
        String before = a.text.substring(s.start(), m.start());
        Matcher verb = CONFIRMED_BY.matcher(before);
        if (!verb.find()) {
            return FindingsBefore.NONE;
        }
        int clauseStart = Clauses.PARTS_BEFORE_AN_ASIDE.start(before, 0, verb.start());
        String stated = before.substring(clauseStart, verb.end());
        if (NOT_YET_SEEN.matcher(stated).find()) {
            return new FindingsBefore(Optional.empty(), Optional.of(Assertion.REQUESTED));
        }
        if (NOT_SEEN.matcher(stated).find()) {
            return new FindingsBefore(Optional.empty(), Optional.of(Assertion.AFFIRMED));
        }
        String clause = before.substring(clauseStart, verb.start());
        int lead = clause.length() - clause.stripLeading().length();
        int end = verb.start() - (clause.length() - clause.stripTrailing().length());
        return end > clauseStart + lead
                ? new FindingsBefore(Optional.of(a.span(s.start() + clauseStart + lead, s.start() + end)), Optional.empty())
                : FindingsBefore.NONE;
    }

    /**
     * The region of a study: named right after it ("MRI of the left shoulder", "EMG/NCV of the lower extremities",
     * "x-rays (right foot)"), else right before it ("lumbar MRI", "cervical spine magnetic resonance imaging").
     */
    private static Optional<Match<BodySite>> region(Analysis a, Sentence s, Match<?> m, int limit) {
        for (Match<BodyRegion> b : a.bodyParts()) {
            if (b.start() >= m.end() && b.end() <= limit && b.start() - m.end() <= 40) {
                String between = a.text.substring(m.end(), b.start());
                if (REGION_AFTER.matcher(between).matches()) {
                    return Optional.of(new Match<>(b.start(), b.end(),
                            new BodySite(b.value(), a.sideOf(s, b.start(), b.end()))));
                }
            }
        }
        Match<BodyRegion> before = null;
        for (Match<BodyRegion> b : a.bodyParts()) {
            if (b.end() <= m.start() && b.start() >= s.start() && m.start() - b.end() <= 12
                    && REGION_BEFORE.matcher(a.text.substring(b.end(), m.start())).matches()) {
                before = b;
            }
        }
        if (before == null) {
            return Optional.empty();
        }
        return Optional.of(new Match<>(before.start(), before.end(),
                new BodySite(before.value(), a.sideOf(s, before.start(), before.end()))));
    }

    /** A date right after the study and its region ("dated", "on", "performed on"), or right before it. */
    private static Optional<Dates.Mention> date(Analysis a, Sentence s, Match<?> m, int afterRegion, int limit) {
        for (Dates.Mention d : a.datesIn(afterRegion, Math.min(limit, afterRegion + 60))) {
            if (DATE_FILLER.matcher(a.text.substring(afterRegion, d.start())).matches()) {
                return Optional.of(d);
            }
        }
        for (Dates.Mention d : a.datesIn(Math.max(s.start(), m.start() - 16), m.start())) {
            if (a.text.substring(d.end(), m.start()).matches("(?i)[\\s,]*(?:\\w+\\s+)?")) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}

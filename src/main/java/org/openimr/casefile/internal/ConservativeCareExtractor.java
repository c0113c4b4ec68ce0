package org.openimr.casefile.internal;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.casefile.Clauses;
import org.openimr.casefile.Assertion;
import org.openimr.casefile.ConservativeCare;
import org.openimr.casefile.Modality;

/**
 * Conservative care tried. In a sentence that reports treatment history ("Treatment to date has included ...",
 * "Prior treatment included ...", "has been treated with", "conservative care") each care term after the cue is
 * care tried; in any sentence, a care term near a response ("failed", "did not help", "only temporary relief",
 * "helped", "despite") is care tried with that response. Planned care (a request) is not care tried.
 */
final class ConservativeCareExtractor implements Extractor {

    private static final Pattern HISTORY_CUE = Pattern.compile("(?i)(?<![\\p{L}])(?:" + Shorthand.TREATMENT
            + "\\s+(?:and\\s+\\w+\\s+(?:\\w+\\s+)?)?(?:to\\s+date|thus\\s+far|so\\s+far)|(?:prior|previous|past)\\s+"
            + "(?:relevant\\s+)?" + Shorthand.TREATMENT + "|relevant\\s+" + Shorthand.TREATMENT + "|has\\s+had\\s+"
            + Shorthand.TREATMENT + "|" + Shorthand.TREATMENT + "\\s+(?:history|has\\s+included|included|includes)|"
            + "has\\s+(?:not\\s+|never\\s+)?(?:been\\s+)?tried|trials?\\s+of|"
            // care worn or used for a time: "she has worn a wrist splint at night for six months"
            + "(?:has|have|had)\\s+(?:been\\s+)?(?:worn|used|wearing|using)|wore|"
            // care done or completed: "has done a daily home exercise program for a year", "she completed 16 sessions"
            + "(?:has|have|had)\\s+(?:been\\s+)?(?:done(?!\\s+well)|doing(?!\\s+well)|performed|performing)|completed|"
            + "(?:has\\s+been|was|were|been)\\s+treated\\s+with|conservative\\s+"
            + "(?:care|" + Shorthand.TREATMENT + "|measures|management|therapy))(?![\\p{L}])");
    /**
     * A count of days under three weeks (digits 1 to 20, or the words up to twenty): relief that lasted "2 days" did not
     * last, but "90 days of relief" from an injection is relief that lasted.
     */
    private static final String FEW_DAYS = "(?<![\\p{L}\\d.,/])(?:1\\d|20|[1-9])(?![\\d/.])|(?<![\\p{L}])(?:one|two|three|four|"
            + "five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
            + "nineteen|twenty)";
    private static final Pattern FAILED = Pattern.compile("(?i)(?<![\\p{L}])(?:failed|failure\\s+of|fail\\s+to|" + Shorthand.WITHOUT + "\\s+"
            + "(?:significant\\s+|any\\s+|lasting\\s+)?(?:relief|improvement|benefit|gains?)|no\\s+(?:significant\\s+|lasting\\s+)?"
            + "(?:relief|improvement|benefit|gains?)|" + Shorthand.notAfter("did") + "\\s+(?:help|improve|provide|relieve)|"
            + Shorthand.notAfter("ha(?:s|ve)") + "\\s+(?:helped|improved)|none\\s+of\\s+which\\s+(?:ha(?:s|ve)\\s+)?(?:helped|worked)|"
            + "none\\s+(?:of\\s+them\\s+)?(?:ha(?:s|ve)\\s+)?helped|"
            + Shorthand.NOT + "\\s+(?:helpful|beneficial|effective)|ineffective|unsuccessful|despite|"
            + Shorthand.notAfter("had") + "\\s+proven|exhausted|"
            // relief that did not last is care that failed: "with only temporary relief", "transient benefit"
            + "(?:only\\s+)?(?:temporary|temporarily|transient|short[\\s-]lived|brief)\\s+(?:relief|improvement|benefit)|"
            // relief the record counts in a few days or weeks: "each injection gave relief for a few weeks"
            + "(?:relief|improvement|benefit)\\s+(?:for|lasting)\\s+(?:only\\s+)?(?:a\\s+)?(?:few|couple\\s+of)\\s+"
            + "(?:days|weeks)|"
            // help that lasted days or a few weeks: "two injections, each helping a few weeks", "it helped for 2 weeks"
            + "(?:helped|helping|helps|lasted|lasting)\\s+(?:only\\s+)?(?:for\\s+)?(?:only\\s+)?(?:about\\s+)?"
            + "(?:(?:a\\s+)?(?:few|couple\\s+of)\\s+(?:days|weeks)|(?:a|one|two|three|(?<![\\d.])[1-3])\\s+weeks?|(?:"
            + FEW_DAYS + ")\\s+days?)|"
            // relief counted in days or a few weeks: "a TFESI with 2 weeks of relief", "three days of benefit"
            + "(?:(?:a|one|two|three|(?<![\\d.])[1-3])\\s+weeks?|(?:a\\s+)?(?:few|couple\\s+of)\\s+(?:days|weeks)|(?:" + FEW_DAYS
            + ")\\s+days?)\\s+of\\s+(?:relief|improvement|benefit)|"
            // care given "with persistent symptoms": the complaint outlasted it
            + "with\\s+(?:persistent|continued|ongoing)\\s+(?:symptoms|pain|complaints))"
            + "(?![\\p{L}])");
    /**
     * Care that gave too little to speak of ("with little benefit", "minimal to no relief"): not "a little relief" nor
     * "more than minimal benefit", which are help (read by {@link #littleBenefit}).
     */
    private static final Pattern LITTLE_BENEFIT = Pattern.compile("(?i)(?<![\\p{L}])(?<!(?<![\\p{L}])a\\s{1,3})"
            + "(?<!more\\s{1,3}than\\s{1,3})(?:little|minimal|limited|negligible|(?:little|minimal)\\s+(?:to|or)\\s+no|"
            + "not\\s+much)\\s+(?:relief|improvement|benefit)(?![\\p{L}])");
    /**
     * Words before "little benefit" in its sentence that make it a forecast or a reason care was not given ("felt
     * chiropractic would be of limited benefit", "not tried because he expected little benefit"), no result of care.
     */
    private static final Pattern FORECAST = Pattern.compile("(?i)(?<![\\p{L}])(?:would|will|expects?|expected|feels?|"
            + "felt|thinks?|thought|may|might|could|likely|" + Shorthand.NOT + "\\s+(?:been\\s+)?tried|never\\s+tried|"
            + Shorthand.NOT + "\\s+been\\s+given|"
            + "declined)(?![\\p{L}])");
    /**
     * A negation just before a cue of help, in its clause: "did not give him less pain", "no relief", "without adequate
     * relief", "inadequate relief".
     */
    private static final Pattern NEGATED_BEFORE = Pattern.compile("(?i)(?:(?<![\\p{L}])(?:not|no|never|"
            + Shorthand.WITHOUT + "|inadequate|insufficient)|" + Shorthand.NOT_WRITTEN_ON + ")"
            + "(?:\\s+\\p{L}+){0,3}\\s+$");
    /** A cue of help stated with a drug ("40% less pain with Norco"): the drug's result, not the care's. */
    private static final Pattern WITH_A = Pattern.compile("(?i)^\\s+(?:with|on|from|after|taking)\\s+"
            + "(?:(?:the|his|her)\\s+)?$");

    /**
     * Help, relief, a success, or less pain ("her pain decreased from 7/10 to 4/10", "with pain decreasing from 7/10 to
     * 4/10", "a reduction in pain").
     */
    private static final Pattern HELPED = Pattern.compile("(?i)(?<![\\p{L}])(?:helped|helps|helpful|improved|"
            + "improvement|relief|relieve[sd]?|benefit(?:ed|ted)?|better|successful(?:ly)?|pain\\s+(?:was\\s+|has\\s+)?"
            + "(?:decreased|decreasing|reduced|lessened|dropped|went\\s+down)|(?:decrease|reduction|decreased|reduced)\\s+(?:in\\s+)?(?:his\\s+|her\\s+)?pain|"
            // "40% less pain", "with less pain"
            + "less\\s+pain|"
            // care that works: "naproxen is effective", "tramadol controls his pain", "the brace works well"
            + "effective|controls?\\s+(?:(?:his|her|the)\\s+)?(?:pain|symptoms)|works?\\s+well)"
            + "(?![\\p{L}])");
    /**
     * A pain score that changed from one value to another ("pain went from 8/10 to 5/10", "pain 7/10 -> 4/10"): a
     * response only where the second score is lower (the care helped); a score that rose or stayed says nothing here.
     */
    private static final Pattern PAIN_FROM_TO = Pattern.compile("(?i)(?<![\\p{L}])pain\\s+(?:\\p{L}+\\s+){0,2}?"
            + "(?:from\\s+)?(\\d{1,2})(?:\\s*/\\s*10)?\\s*(?:to|->|-->|\\u2192)\\s*(\\d{1,2})(?:\\s*/\\s*10)?(?![\\d/])");
    private static final Pattern DURATION_AFTER = Pattern.compile("(?i)^\\s*(?:for\\s+(?:the\\s+(?:past|last)\\s+|about\\s+|"
            + "approximately\\s+|over\\s+|at\\s+least\\s+|more\\s+than\\s+)?(" + Numbers.COUNT + ")\\s+(days?|weeks?|"
            + "months?|years?))");
    private static final Pattern DURATION_BEFORE = Pattern.compile("(?i)(" + Numbers.COUNT
            + ")\\s+(days?|weeks?|months?|years?)\\s+of\\s+(?:(?:prior|previous|failed)\\s+)?$");

    private final ContextRules context;

    ConservativeCareExtractor(ContextRules context) {
        this.context = context;
    }

    private record Term(int start, int end, ConservativeCare.Kind kind, Optional<Modality> modality,
            Optional<String> drugClass) {
    }

    @Override
    public void extract(Analysis a, FactsBuilder facts) {
        int lastStimulation = -10;
        for (Sentence s : a.sentences) {
            if (s.section().excludes(false)) {
                continue;
            }
            List<Term> terms = terms(a, s);
            boolean namesStimulation = terms.stream()
                    .anyMatch(t -> t.kind() == ConservativeCare.Kind.ELECTRICAL_STIMULATION);
            Optional<Term> device = !terms.isEmpty() || s.index() - lastStimulation > DEVICE_REACH ? Optional.empty()
                    : deviceReference(a, s);
            Matcher cue = HISTORY_CUE.matcher(a.text).region(s.start(), s.end());
            int historyFrom = cue.find() ? cue.start() : -1;
            List<int[]> failed = find(FAILED, a.text, s);
            failed.addAll(littleBenefit(a.text, s));
            List<int[]> helped = helped(a, s);
            helped.addAll(painScoreDrops(a.text, s));
            LatestResponse.keepTheLatest(a.text, s, failed, helped);
            drugsThatHelp(a, s, terms, failed, facts);
            // "the unit" is a TENS unit named just before, whose sentence left the trial's result to the next one; any
            // other care or device named (an H-wave device, a cold therapy machine), or a result stated with the
            // TENS, closes the reference
            if (!terms.isEmpty()) {
                lastStimulation = namesStimulation && failed.isEmpty() && helped.isEmpty() && terms.stream()
                        .allMatch(t -> TENS.matcher(a.text.substring(t.start(), t.end())).find()) ? s.index() : -10;
            } else if (device.isEmpty() && ANOTHER_DEVICE.matcher(a.text).region(s.start(), s.end()).find()) {
                lastStimulation = -10;
            }
            if (historyFrom < 0 && failed.isEmpty() && helped.isEmpty()
                    && terms.stream().noneMatch(t -> inUseSince(a, t, s))) {
                continue;
            }
            boolean deviceAlone = device.isPresent() && terms.isEmpty();
            device.ifPresent(terms::add);
            for (Term t : terms) {
                Optional<ConservativeCare.Response> response = deviceAlone
                        ? failed.isEmpty() ? helped.isEmpty() ? Optional.empty()
                                : Optional.of(ConservativeCare.Response.HELPED)
                                : Optional.of(ConservativeCare.Response.FAILED)
                        : response(a, t, terms, failed, helped);
                boolean listed = historyFrom >= 0 && t.start() >= historyFrom || inUseSince(a, t, s);
                if (!listed && response.isEmpty()) {
                    continue;
                }
                Assertion assertion = context.assertion(a, s, t.start(), t.end());
                if (assertion == Assertion.REQUESTED) {
                    continue;
                }
                int start = t.start();
                int end = t.end();
                Optional<Period> duration = Optional.empty();
                Matcher after = DURATION_AFTER.matcher(a.text).region(t.end(), s.end());
                Matcher before = DURATION_BEFORE.matcher(a.text).region(Math.max(s.start(), t.start() - 30), t.start());
                if (after.lookingAt()) {
                    duration = period(after.group(1), after.group(2));
                    end = duration.isPresent() ? after.end() : end;
                } else if (before.find()) {
                    duration = period(before.group(1), before.group(2));
                    start = duration.isPresent() ? before.start() : start;
                }
                facts.conservativeCare.add(new ConservativeCare(t.kind(), t.modality(), t.drugClass(),
                        response.orElse(ConservativeCare.Response.TRIED), duration, assertion, a.span(start, end)));
            }
        }
    }

    /**
     * A drug the sentence says helps ("PT x 12 and naproxen give good relief", "tramadol controls his pain") is care
     * that worked, not a trial that failed: it is recorded as medication care that HELPED, on the drug's own words, so
     * a rule asking for failed medication does not count it. A help cue stated with the drug ("40% less pain with
     * Norco") is the drug's; only a drug whose nearest cue is help is recorded, and drugs the record says failed or
     * gives no result for stay as the medication list has them.
     */
    private void drugsThatHelp(Analysis a, Sentence s, List<Term> careTerms, List<int[]> failed,
            FactsBuilder facts) {
        List<Term> drugs = new ArrayList<>();
        for (Match<Lexicon.Drug> m : a.matchesIn(a.lexicon.drugs, s)) {
            if (careTerms.stream().noneMatch(t -> t.start() < m.end() && m.start() < t.end())) {
                drugs.add(new Term(m.start(), m.end(), ConservativeCare.Kind.MEDICATIONS, Optional.empty(),
                        Optional.empty()));
            }
        }
        if (drugs.isEmpty()) {
            return;
        }
        List<int[]> helped = helpCues(a, s, false);
        helped.addAll(painScoreDrops(a.text, s));
        if (helped.isEmpty()) {
            return;
        }
        List<Term> all = new ArrayList<>(careTerms);
        all.addAll(drugs);
        // a drug the patient could not tolerate failed too ("could not tolerate nortriptyline, and gabapentin helps")
        List<int[]> failedOrNotTolerated = new ArrayList<>(failed);
        failedOrNotTolerated.addAll(find(NOT_TOLERATED, a.text, s));
        LatestResponse.keepTheLatest(a.text, s, failedOrNotTolerated, helped);
        for (Term d : drugs) {
            if (response(a, d, all, failedOrNotTolerated, helped).filter(ConservativeCare.Response.HELPED::equals).isEmpty()) {
                continue;
            }
            Assertion assertion = context.assertion(a, s, d.start(), d.end());
            if (assertion.isPresentOrPast()) {
                facts.conservativeCare.add(new ConservativeCare(d.kind(), Optional.empty(), Optional.empty(),
                        ConservativeCare.Response.HELPED, Optional.empty(), assertion, a.span(d.start(), d.end())));
            }
        }
    }

    /** A drug not tolerated: "could not tolerate", "intolerant of", "side effects" (not "without side effects"). */
    private static final Pattern NOT_TOLERATED = Pattern.compile("(?i)(?<![\\p{L}])(?:(?:not|unable\\s+to|cannot|"
            + "can't|couldn't)\\s+tolerate|intoleran(?:t|ce)|(?<!(?:without|no)\\s{1,3})side\\s+effects?|"
            + "discontinued|stopped)(?![\\p{L}])");

    /**
     * Care followed by the date it has been used since ("thumb spica splint since 12/2015", "a wrist brace since
     * 01/05/2016"): care tried (a plan to start it is a request, which the context rules set aside).
     */
    private static final Pattern IN_USE_SINCE = Pattern.compile("(?i)^\\s*(?:\\p{L}+\\s+){0,2}?since\\s+"
            + "(?:\\d{1,2}/(?:\\d{1,2}/)?\\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\p{L}*\\.?\\s+"
            + "\\d{4}|(?:19|20)\\d{2})(?![\\d/])");

    private static boolean inUseSince(Analysis a, Term t, Sentence s) {
        return IN_USE_SINCE.matcher(a.text).region(t.end(), s.end()).lookingAt();
    }

    /** Sentences after one naming a TENS unit in which "the unit" still means it. */
    private static final int DEVICE_REACH = 2;
    /** A device introduced anew ("a home cold therapy machine", "another unit"): "the unit" after it is that one. */
    private static final Pattern ANOTHER_DEVICE = Pattern.compile("(?i)(?<![\\p{L}])(?:an?|another|new)\\s+"
            + "(?:[\\p{L}-]+\\s+){0,3}(?:unit|device|machine|stimulator)(?![\\p{L}])");
    private static final Pattern TENS = Pattern.compile("(?i)(?<![\\p{L}])(?:TENS|transcutaneous)(?![\\p{L}])");
    private static final Pattern DEVICE_REFERENCE = Pattern.compile("(?i)(?<![\\p{L}])(?:the|this|that|her|his)\\s+"
            + "(?:home\\s+)?(?:unit|device|stimulator)(?![\\p{L}])");

    /**
     * A trial reported over two sentences ("A one-month home TENS trial was completed. She used the unit twice a day;
     * her pain decreased from 7/10 to 4/10"): "the unit", "the device" or "the stimulator" in a sentence that names no
     * care of its own is the TENS unit one of the two sentences before it named (with no other care or device named
     * since, and no result stated with it), and the sentence's response is the device's.
     */
    private static Optional<Term> deviceReference(Analysis a, Sentence s) {
        Matcher m = DEVICE_REFERENCE.matcher(a.text).region(s.start(), s.end());
        return m.find() ? Optional.of(new Term(m.start(), m.end(), ConservativeCare.Kind.ELECTRICAL_STIMULATION,
                Optional.empty(), Optional.empty())) : Optional.empty();
    }

    private static List<Term> terms(Analysis a, Sentence s) {
        List<Term> terms = new ArrayList<>();
        for (Match<Lexicon.CareTerm> m : a.matchesIn(a.lexicon.care, s)) {
            terms.add(new Term(m.start(), m.end(), m.value().kind(), Optional.empty(), m.value().drugClass()));
        }
        for (Match<Modality> m : a.matchesIn(a.lexicon.modalities, s)) {
            if (terms.stream().noneMatch(t -> t.start() < m.end() && m.start() < t.end())) {
                terms.add(new Term(m.start(), m.end(), ConservativeCare.Kind.THERAPY, Optional.of(m.value()),
                        Optional.empty()));
            }
        }
        terms.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return terms;
    }

    /** The nearest response within 60 characters; a failure wins a tie. */
    private static Optional<ConservativeCare.Response> response(Analysis a, Term t, List<Term> terms,
            List<int[]> failed, List<int[]> helped) {
        int f = nearest(a, t, terms, failed);
        int h = nearest(a, t, terms, helped);
        if (f <= 60 && f <= h) {
            return Optional.of(ConservativeCare.Response.FAILED);
        }
        if (h > 60 && sharesListPredicate(a, t, failed)) {
            return Optional.of(ConservativeCare.Response.FAILED);
        }
        if (h <= 60) {
            return Optional.of(ConservativeCare.Response.HELPED);
        }
        return Optional.empty();
    }

    /**
     * The term is an early member of a list whose shared predicate says it failed ("Physical therapy, a home exercise
     * program, naproxen and cyclobenzaprine have failed"): the failure cue follows within a list's length and nothing
     * between them starts another clause.
     */
    private static boolean sharesListPredicate(Analysis a, Term t, List<int[]> failed) {
        for (int[] c : failed) {
            if (c[0] >= t.end() && c[0] - t.end() <= LIST_REACH
                    && !CLAUSE_BREAK.matcher(a.text.substring(t.end(), c[0])).find()) {
                return true;
            }
        }
        return false;
    }

    private static final int LIST_REACH = 160;
    private static final Pattern CONTRAST = Pattern.compile("(?i)(?<![\\p{L}])(?:but|although|whereas)(?![\\p{L}])");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?i)[;:.()]|(?<![\\p{L}])(?:but|although|though|while|"
            + "which|who|whereas|except|he|she|they|it|is|was|were|has|had|helped|improved|then|after|before|until|"
            + "since|because|when)(?![\\p{L}])");

    /**
     * Characters from the term to the nearest cue of its clause. A semicolon ends a clause; so does a contrast
     * ("but", "although", "whereas") with another care term after it ("acupuncture helped but chiropractic failed"),
     * while "she tried physical therapy but it did not help" keeps the therapy's cue.
     */
    private static int nearest(Analysis a, Term t, List<Term> terms, List<int[]> cues) {
        int best = Integer.MAX_VALUE;
        for (int[] c : cues) {
            if (c[0] < t.end() && t.start() < c[1]) {
                continue;
            }
            int from = c[1] <= t.start() ? c[1] : t.end();
            int to = c[1] <= t.start() ? t.start() : c[0];
            String between = a.text.substring(from, to);
            boolean otherTerm = terms.stream().anyMatch(o -> o != t && o.start() >= from && o.end() <= to);
            if (between.contains(";") && !resultOfTheDevice(a, t, c, between, otherTerm)
                    || CONTRAST.matcher(between).find() && otherTerm) {
                continue;
            }
            best = Math.min(best, c[1] <= t.start() ? t.start() - c[1] : c[0] - t.end());
        }
        return best;
    }

    /**
     * The clause after a stimulation unit's semicolon states the unit's result and says so ("she used the TENS unit
     * 2x/day for 30 days; pain decreased from 8/10 to 4/10 with the unit"): the cue follows the term across one
     * semicolon, no other care is named between, and the cue's clause refers back to the device.
     */
    private static boolean resultOfTheDevice(Analysis a, Term t, int[] cue, String between, boolean otherTerm) {
        if (t.kind() != ConservativeCare.Kind.ELECTRICAL_STIMULATION || otherTerm || cue[0] < t.end()
                || between.indexOf(';') != between.lastIndexOf(';')) {
            return false;
        }
        int clauseEnd = a.text.indexOf(';', cue[1]);
        Optional<Sentence> s = a.sentenceAt(cue[0]);
        int end = s.map(Sentence::end).orElse(a.text.length());
        int clauseStart = a.text.lastIndexOf(';', cue[0]) + 1;
        int comma = a.text.indexOf(',', cue[1]);
        int to = Math.min(clauseEnd < 0 ? end : Math.min(clauseEnd, end), comma < 0 ? end : comma);
        // the clause credits no other care ("pain decreased only after the ESI"), and the reference is the result's
        // own ("with the unit"), not the device named for something else ("he has since returned the unit")
        boolean otherCare = !a.matchesIn(a.lexicon.care, clauseStart, to).isEmpty()
                || !a.matchesIn(a.lexicon.modalities, clauseStart, to).isEmpty()
                || !a.matchesIn(a.lexicon.drugs, clauseStart, to).isEmpty()
                || OTHER_CARE.matcher(a.text).region(clauseStart, to).find();
        // the unit opens the clause ("with it her pain went ...") or follows the result ("... to 4/10 with the
        // unit"); a unit named inside another statement ("she got a rash from it and her pain went ...") is not the
        // result's source, nor is it where the clause gives one ("... after she returned to modified duty")
        boolean opens = DEVICE_OPENING_THE_CLAUSE.matcher(a.text).region(clauseStart, cue[0])
                .useTransparentBounds(true).lookingAt();
        boolean follows = RESULT_OF_THE_DEVICE.matcher(a.text).region(cue[1], to).find();
        return !otherCare && (opens || follows) && !ANOTHER_SOURCE.matcher(a.text).region(cue[1], to).find();
    }

    /** A stimulation unit as the help's own source after the result: "with the unit", "using the device". */
    private static final Pattern RESULT_OF_THE_DEVICE = Pattern.compile("(?i)(?<![\\p{L}])(?:with|from|using|by)\\s+"
            + "(?:the|this|that|her|his)\\s+(?:home\\s+)?(?:unit|device|stimulator)(?![\\p{L}])");
    /**
     * A stimulation unit opening the result's clause: "with it", "using the unit" and the result's subject after it
     * ("she used a TENS unit for 30 days; with it her pain went from 7/10 to 4/10").
     */
    private static final Pattern DEVICE_OPENING_THE_CLAUSE = Pattern.compile("(?i)\\s*(?:with|using)\\s+"
            + "(?:(?:the|this|that|her|his)\\s+(?:home\\s+)?(?:unit|device|stimulator)|it)(?=\\s*,?\\s+(?:(?:her|his|the"
            + "|their)\\s+)?(?:pain|symptoms?)(?![\\p{L}]))");
    /**
     * A source of the result the clause gives after it, an event of another kind: "after she returned to modified
     * duty", "once he lost 20 lbs", "since starting swimming", "following a cortisone shot".
     */
    private static final Pattern ANOTHER_SOURCE = Pattern.compile("(?i)(?<![\\p{L}])(?:after|once|since|following)\\s+"
            + "(?:she|he|they|the\\s+patient|a|an|her|his|the|\\p{L}+ing)(?![\\p{L}])");
    /** Care a result may be credited to that the care lexicon may not name as such. */
    private static final Pattern OTHER_CARE = Pattern.compile("(?i)(?<![\\p{L}])(?:ESI|epidural|injections?|block|"
            + "surgery|medications?)(?![\\p{L}])");

    /** The pain scores of the sentence that fell ({@link #PAIN_FROM_TO} with the second score below the first). */
    private static List<int[]> painScoreDrops(String text, Sentence s) {
        List<int[]> found = new ArrayList<>();
        Matcher m = PAIN_FROM_TO.matcher(text).region(s.start(), s.end());
        while (m.find()) {
            if (Integer.parseInt(m.group(2)) < Integer.parseInt(m.group(1))) {
                found.add(new int[] {m.start(), m.end()});
            }
        }
        return found;
    }

    /** "Little benefit" as a result of care given, not a forecast nor a reason care was not tried. */
    private static List<int[]> littleBenefit(String text, Sentence s) {
        return find(LITTLE_BENEFIT, text, s).stream()
                .filter(c -> !FORECAST.matcher(text).region(s.start(), c[0]).find()).collect(
                        java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    /**
     * Cues of help, but not one negated just before it in its clause ("did not give him less pain") nor one stated
     * with a drug right after it ("40% less pain with Norco"), which is the drug's result.
     */
    private static List<int[]> helped(Analysis a, Sentence s) {
        return helpCues(a, s, true);
    }

    /** Cues of help not negated in their clause; with {@code notOfADrug}, not those stated with a drug either. */
    private static List<int[]> helpCues(Analysis a, Sentence s, boolean notOfADrug) {
        List<int[]> helped = new ArrayList<>();
        List<int[]> little = find(LITTLE_BENEFIT, a.text, s);
        for (int[] c : find(HELPED, a.text, s)) {
            if (little.stream().anyMatch(l -> l[0] <= c[0] && c[1] <= l[1])) {
                continue; // "little relief" is no help, whether or not the care gave it (a forecast)
            }
            int clause = Clauses.LIST.start(a.text, s.start(), c[0]);
            boolean negated = NEGATED_BEFORE.matcher(a.text.substring(clause, c[0])).find();
            boolean ofADrug = notOfADrug && a.matchesIn(a.lexicon.drugs, c[1], Math.min(s.end(), c[1] + 20)).stream()
                    .anyMatch(d -> WITH_A.matcher(a.text.substring(c[1], d.start())).find());
            if (!negated && !ofADrug) {
                helped.add(c);
            }
        }
        return helped;
    }

    private static List<int[]> find(Pattern p, String text, Sentence s) {
        List<int[]> found = new ArrayList<>();
        Matcher m = p.matcher(text).region(s.start(), s.end());
        while (m.find()) {
            found.add(new int[] {m.start(), m.end()});
        }
        return found;
    }

    private static Optional<Period> period(String count, String unit) {
        OptionalInt n = Numbers.parse(count);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        String u = unit.toLowerCase(Locale.ROOT);
        return Optional.of(u.startsWith("day") ? Period.ofDays(n.getAsInt())
                : u.startsWith("week") ? Period.ofWeeks(n.getAsInt())
                : u.startsWith("month") ? Period.ofMonths(n.getAsInt()) : Period.ofYears(n.getAsInt()));
    }
}

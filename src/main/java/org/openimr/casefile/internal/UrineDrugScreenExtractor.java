package org.openimr.casefile.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.casefile.Clauses;
import org.openimr.casefile.Assertion;
import org.openimr.casefile.StatedDate;
import org.openimr.casefile.UrineDrugScreen;

/**
 * Urine drug screens: done or requested, dated, and consistent or inconsistent with the prescribed medications where
 * the sentence says so ("inconsistent", "positive for THC", "negative for the prescribed hydrocodone").
 */
final class UrineDrugScreenExtractor implements Extractor {

    private static final Pattern INCONSISTENT = Pattern.compile("(?i)(?<![\\p{L}])(?:inconsistent|not\\s+consistent|"
            + "aberrant|positive\\s+for\\s+(?:\\w+\\s+){0,3}?(?:marijuana|THC|cannabis|cannabinoids?|cocaine|"
            + "amphetamines?|methamphetamine|heroin|alcohol|unprescribed|non-?prescribed|illicit)|negative\\s+for\\s+"
            + "(?:the\\s+)?(?:prescribed|his|her)|(?:as\\s+well\\s+as\\s+|also\\s+)?for\\s+the\\s+prescribed)(?![\\p{L}])");
    /**
     * Words of a drug not found ("did not detect", "oxycodone was not detected"): a missing prescribed drug when its
     * clause names the prescribed drug or a drug the record names elsewhere (not "illicit drugs were not detected").
     */
    private static final Pattern NOT_FOUND = Pattern.compile("(?i)(?<![\\p{L}])(?:did\\s+not\\s+(?:detect|show|find)|"
            + "not\\s+(?:been\\s+)?detected|undetected|absent)(?![\\p{L}])");
    private static final Pattern PRESCRIBED = Pattern.compile("(?i)(?<![\\p{L}])prescribed(?![\\p{L}])");
    /** "negative for", a drug named after it: aberrant when the record names the drug outside the screen's sentence. */
    private static final Pattern NEGATIVE_FOR = Pattern.compile("(?i)(?<![\\p{L}])negative\\s+for\\s+(?:\\w+\\s+){0,3}$");
    /** A screen the patient would not give ("he declined a urine drug screen"): no result, whatever follows. */
    private static final Pattern SCREEN_REFUSED = Pattern.compile("(?i)(?<![\\p{L}])(?:declined|refused|refuses|"
            + "declines)(?![\\p{L}])");
    /**
     * Words between a screen and a result that deny the screen was done or leave the result to someone else's words:
     * "has not been done to confirm appropriate use", "never obtained, though pill counts have been appropriate", "was
     * refused; he insists he is compliant", "none in the records; the physician describes him as compliant".
     */
    private static final Pattern SCREEN_DENIED = Pattern.compile("(?i)(?<![\\p{L}])(?:not\\s+(?:been\\s+|yet\\s+)?(?:done|"
            + "performed|obtained|completed|collected|documented|available|in|on)|never|none|no\\s+(?:record|results?|"
            + "documentation|report)|refused|declined|unable|pending|awaiting)(?![\\p{L}])|;");
    /** A result as expected: "consistent", "compliant", "negative for illicit drugs" (no drug a patient should not take). */
    private static final Pattern CONSISTENT = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:consistent|appropriate|compliant|as\\s+expected|negative\\s+for\\s+(?:any\\s+|all\\s+)?"
            + "(?:illicit|illegal|street|non-?prescribed|unprescribed)\\s+(?:drugs?|substances?))(?![\\p{L}])");
    private static final Pattern DATE_LEAD = Pattern.compile("(?i)^[\\s,(]*(?:dated|on|from|of|performed\\s+on|"
            + "collected\\s+on|done\\s+on)?\\s*$");

    private static final Pattern LIST_GAP = Pattern.compile("(?i)^\\s*(?:,\\s*(?:and\\s+)?|and\\s+)$");

    private final ContextRules context;

    UrineDrugScreenExtractor(ContextRules context) {
        this.context = context;
    }

    @Override
    public void extract(Analysis a, FactsBuilder facts) {
        for (Match<String> m : a.matches(a.lexicon.drugScreens)) {
            Optional<Sentence> found = a.sentenceAt(m.start());
            if (found.isEmpty() || found.get().section().excludes(false) || m.end() > found.get().end()) {
                continue;
            }
            Sentence s = found.get();
            ContextRules.Reading reading = context.read(a, s, m.start(), m.end());
            Assertion assertion = reading.assertion();
            UrineDrugScreen.Result result = UrineDrugScreen.Result.NOT_STATED;
            int end = m.end();
            Matcher bad = INCONSISTENT.matcher(a.text).region(m.end(), s.end());
            Matcher good = CONSISTENT.matcher(a.text).region(m.end(), s.end());
            int resultStart = -1;
            int missing = prescribedDrugMissing(a, s, m.end());
            if (bad.find() && bad.start() - m.end() < 120) {
                result = UrineDrugScreen.Result.INCONSISTENT;
                resultStart = bad.start();
                end = bad.end();
            } else if (missing >= 0) {
                result = UrineDrugScreen.Result.INCONSISTENT;
                resultStart = missing;
                end = Math.max(end, resultStart);
            } else if (good.find() && good.start() - m.end() < 120
                    && !INCONSISTENT.matcher(a.text).region(m.end(), s.end()).find()
                    && !SCREEN_DENIED.matcher(a.text).region(m.end(), good.start()).find()
                    && !SCREEN_REFUSED.matcher(a.text).region(s.start(), m.start()).find()) {
                // a consistent result only where nothing in the sentence tells of a prescribed drug missing or the
                // screen not being done ("negative for illicit drugs but did not detect the prescribed oxycodone")
                result = UrineDrugScreen.Result.CONSISTENT;
                resultStart = good.start();
                end = good.end();
            }
            if (result != UrineDrugScreen.Result.NOT_STATED && assertion == Assertion.REQUESTED) {
                assertion = Assertion.AFFIRMED; // a result means it was done
            }
            int resultAt = resultStart;
            if (result != UrineDrugScreen.Result.NOT_STATED && assertion == Assertion.NEGATED
                    && reading.negationCue().filter(cue -> cue.start() >= m.end() && (cue.start() >= resultAt
                            || a.text.substring(cue.start(), cue.end()).toLowerCase(Locale.ROOT).contains("negative")))
                            .isPresent()) {
                // "was negative for the prescribed hydrocodone and positive for cocaine", "negative for illicit
                // drugs": the negative is a result of the screen, which was done; a denial before the result ("has not
                // been done to confirm appropriate use") is not
                assertion = Assertion.AFFIRMED;
            }
            Optional<StatedDate> date = Optional.empty();
            int start = m.start();
            List<Dates.Mention> more = new ArrayList<>();
            if (assertion != Assertion.REQUESTED) {
                for (Dates.Mention d : a.datesIn(m.end(), Math.min(s.end(), m.end() + 30))) {
                    if (DATE_LEAD.matcher(a.text.substring(m.end(), d.start())).matches()) {
                        date = Optional.of(d.date());
                        end = Math.max(end, d.end());
                        more = listedAfter(a, d, s);
                    }
                    break;
                }
                if (date.isEmpty()) {
                    for (Dates.Mention d : a.datesIn(Math.max(s.start(), m.start() - 20), m.start())) {
                        if (a.text.substring(d.end(), m.start()).matches("(?i)[\\s,]*(?:the\\s+)?")) {
                            date = Optional.of(d.date());
                            start = d.start();
                        }
                    }
                }
            }
            facts.urineDrugScreens.add(new UrineDrugScreen(date, result, assertion, a.span(start, end)));
            for (Dates.Mention d : more) {
                facts.urineDrugScreens.add(new UrineDrugScreen(Optional.of(d.date()), result, assertion,
                        a.span(m.start(), Math.max(end, d.end()))));
            }
        }
    }

    /**
     * Where, after the screen's mention, its sentence says a prescribed drug was missing: "negative for" a drug the
     * record names outside this sentence ("also negative for oxycodone"), or words of a drug not found in a clause
     * naming such a drug or "prescribed" ("did not detect the prescribed oxycodone"); -1 if nowhere.
     */
    private static int prescribedDrugMissing(Analysis a, Sentence s, int from) {
        for (Match<Lexicon.Drug> d : a.matchesIn(a.lexicon.drugs, from, s.end())) {
            Matcher before = NEGATIVE_FOR.matcher(a.text).region(Math.max(from, d.start() - 60), d.start());
            if (before.find() && namedElsewhere(a, s, d)) {
                return before.start();
            }
        }
        Matcher missing = NOT_FOUND.matcher(a.text).region(from, s.end());
        while (missing.find()) {
            Clauses.Clause clause = Clauses.JOINED_ITEMS.around(a.text, from, s.end(), missing.start(), missing.end());
            int clauseStart = clause.start();
            int clauseEnd = clause.end();
            int at = missing.start();
            if (PRESCRIBED.matcher(a.text).region(clauseStart, clauseEnd).find() || a.matchesIn(a.lexicon.drugs,
                    clauseStart, clauseEnd).stream().anyMatch(d -> namedElsewhere(a, s, d))) {
                return Math.min(at, clauseStart);
            }
        }
        return -1;
    }

    /** Whether the record names this drug outside the sentence (the drug prescribed, not one a screen looks for). */
    private static boolean namedElsewhere(Analysis a, Sentence s, Match<Lexicon.Drug> d) {
        return a.matches(a.lexicon.drugs).stream().anyMatch(o -> (o.end() <= s.start() || o.start() >= s.end())
                && o.value().generic().equals(d.value().generic()));
    }

    /** The dates listed after a screen's first date ("on 01/12/2016, 04/18/2016 and 08/22/2016"): one screen each. */
    private static List<Dates.Mention> listedAfter(Analysis a, Dates.Mention first, Sentence s) {
        List<Dates.Mention> listed = new ArrayList<>();
        int from = first.end();
        for (Dates.Mention d : a.datesIn(first.end(), s.end())) {
            if (!LIST_GAP.matcher(a.text.substring(from, d.start())).matches()) {
                break;
            }
            listed.add(d);
            from = d.end();
        }
        return listed;
    }
}

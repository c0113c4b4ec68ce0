package org.openimr.casefile.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.casefile.Assertion;
import org.openimr.casefile.ConservativeCare;
import org.openimr.casefile.FunctionalImprovement;
import org.openimr.casefile.Modality;

/**
 * Statements about functional improvement. A phrase that documents improvement ("improved ability to walk",
 * "able to return to work") reads IMPROVED; negated it reads NOT_DOCUMENTED after "no documentation of", "lack of"
 * and NOT_IMPROVED otherwise; requested or planned ("goal of functional improvement") it is not a statement about
 * the patient and is skipped. The therapy named in the same sentence, if any, is what the statement is about.
 */
final class FunctionalImprovementExtractor implements Extractor {

    private final ContextRules context;

    FunctionalImprovementExtractor(ContextRules context) {
        this.context = context;
    }

    @Override
    public void extract(Analysis a, FactsBuilder facts) {
        for (Match<Lexicon.FunctionReading> m : a.matches(a.lexicon.function)) {
            Optional<Sentence> found = a.sentenceAt(m.start());
            if (found.isEmpty() || found.get().section().excludes(false) || m.end() > found.get().end()) {
                continue;
            }
            Sentence s = found.get();
            FunctionalImprovement.Finding finding;
            Optional<Optional<String>> credit = creditedToMedication(a, s, m);
            boolean withMedication = credit.isPresent();
            Optional<String> device = withMedication ? Optional.empty() : creditedToDevice(a, s, m);
            if (m.value() == Lexicon.FunctionReading.IMPROVED_WITH_TREATMENT && !withMedication
                    && device.isEmpty()) {
                continue;
            }
            switch (m.value()) {
                case IMPROVED, IMPROVED_WITH_TREATMENT -> {
                    ContextRules.Reading reading = context.read(a, s, m.start(), m.end());
                    if (reading.assertion() == Assertion.REQUESTED || aimedAt(a, s, m)) {
                        continue;
                    }
                    finding = reading.assertion() != Assertion.NEGATED ? FunctionalImprovement.Finding.IMPROVED
                            : reading.documentationOnly() ? FunctionalImprovement.Finding.NOT_DOCUMENTED
                            : FunctionalImprovement.Finding.NOT_IMPROVED;
                }
                case NOT_IMPROVED -> finding = FunctionalImprovement.Finding.NOT_IMPROVED;
                default -> finding = FunctionalImprovement.Finding.NOT_DOCUMENTED;
            }
            Optional<String> drug = credit.isPresent() ? credit.get() : drugNamed(a, s, m);
            facts.functionalImprovement.add(new FunctionalImprovement(finding, treatment(a, s, m), withMedication,
                    device.isPresent() ? Optional.empty() : drug, !withMedication && offADrug(a, s), device,
                    a.span(m.start(), m.end())));
        }
    }

    /**
     * A goal or an expectation before the statement in its clause: "Treatment goals: increased lifting tolerance", "The
     * goal is that ADLs improved enough", "he is expected to have improved function". A gain stated after a break
     * ("Goal: full duty; he now lifts 30 lbs") is the patient's.
     */
    private static final Pattern AIM = Pattern.compile("(?i)(?<![\\p{L}])(?:goals?|aims?|objectives?|expects?|expected|"
            + "expectations?|anticipates?|anticipated|will\\s+be|would\\s+be|should\\s+be|is\\s+to\\s+be)(?![\\p{L}])");
    private static final Pattern BREAK_AFTER_AIM = Pattern.compile("(?i)[;.]\\s|(?<![\\p{L}])(?:but|however|now|currently|"
            + "already)(?![\\p{L}])");

    private static boolean aimedAt(Analysis a, Sentence s, Match<?> m) {
        Matcher aim = AIM.matcher(a.text).region(s.start(), m.start());
        int last = -1;
        while (aim.find()) {
            last = aim.end();
        }
        return last >= 0 && !BREAK_AFTER_AIM.matcher(a.text).region(last, m.start()).find();
    }

    /**
     * Whether the clause credits the statement to a drug or the medication named before it: after "with", "on",
     * "taking" or "using" ("with Norco he is able to walk", "on the medication she is able to do"), or as its subject
     * right before it ("Norco allows her to", "the medication lets him"); no "but", "however", ";" between them.
     * Present when it does, with the guideline code of the drug it names (empty for "the medication", "meds").
     */
    private static Optional<Optional<String>> creditedToMedication(Analysis a, Sentence s, Match<?> m) {
        List<int[]> credits = new java.util.ArrayList<>();
        List<Optional<String>> drugs = new java.util.ArrayList<>();
        for (Match<Lexicon.Drug> d : a.matchesIn(a.lexicon.drugs, s)) {
            credits.add(new int[] {d.start(), d.end()});
            drugs.add(d.value().code());
        }
        Matcher words = MEDICATION_WORDS.matcher(a.text).region(s.start(), m.end());
        while (words.find()) {
            credits.add(new int[] {words.start(), words.end()});
            drugs.add(Optional.empty());
        }
        List<Match<Trigger>> terminations = terminations(a, s);
        for (int i = 0; i < credits.size(); i++) {
            int[] credit = credits.get(i);
            boolean inPhrase = credit[0] >= m.start() && credit[1] <= m.end(); // "with meds able to"
            if ((credit[1] > m.start() && !inPhrase)
                    || terminations.stream().anyMatch(x -> x.start() >= credit[1] && x.end() <= m.start())) {
                continue;
            }
            if (STOPPED.matcher(a.text).region(Math.max(s.start(), credit[0] - 30), credit[0]).find()) {
                continue; // "he stopped taking Norco ... and was able to walk": the drug he is off earns no credit
            }
            if (WITH.matcher(a.text).region(Math.max(s.start(), credit[0] - 20), credit[0]).find()
                    || !inPhrase && SUBJECT.matcher(a.text).region(credit[1], m.start()).matches()) {
                return Optional.of(drugs.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The device the clause credits the statement to: after "with", "on" or "using" ("with the TENS unit she is able
     * to sleep"), or as the subject of the clause, its verb and object before an "and" ("the TENS unit lowers his
     * pain from 7/10 to 4/10 and lets him do his home exercises"); no "but", "however", ";" between them.
     */
    private static Optional<String> creditedToDevice(Analysis a, Sentence s, Match<?> m) {
        List<Match<Trigger>> terminations = terminations(a, s);
        for (Match<Lexicon.CareTerm> d : a.matchesIn(a.lexicon.care, s)) {
            if (!DEVICES.contains(d.value().kind()) || d.end() > m.start()
                    || terminations.stream().anyMatch(x -> x.start() >= d.end() && x.end() <= m.start())
                    || STOPPED.matcher(a.text).region(Math.max(s.start(), d.start() - 30), d.start()).find()) {
                continue;
            }
            if (WITH.matcher(a.text).region(Math.max(s.start(), d.start() - 20), d.start()).find()
                    || SUBJECT.matcher(a.text).region(d.end(), m.start()).matches()
                    || DEVICE_SUBJECT.matcher(a.text).region(d.end(), m.start()).matches()
                    || TRIAL_RESULTS.matcher(a.text).region(d.end(), m.start()).matches()) {
                return Optional.of(a.text.substring(d.start(), d.end()));
            }
        }
        return Optional.empty();
    }

    /** The kinds of conservative care that are a device the patient uses. */
    private static final java.util.Set<ConservativeCare.Kind> DEVICES =
            java.util.EnumSet.of(ConservativeCare.Kind.ELECTRICAL_STIMULATION);
    /** A device's verb and its object before the "and" that joins the statement: " unit lowers his pain ... and ". */
    private static final Pattern DEVICE_SUBJECT = Pattern.compile("(?i)(?:\\s+unit)?\\s+\\p{L}+s(?:\\s+[^,;:.]{0,50}?)?"
            + "\\s+and\\s+");

    /**
     * A device's trial and its results joined in one item of a list ("TENS trial x 1 month with 50% less pain and
     * improved ADLs"): the trial, its length, "with", a first result and "and" before the statement; no comma between.
     */
    private static final Pattern TRIAL_RESULTS = Pattern.compile("(?i)(?:\\s+unit)?\\s+trial(?:\\s+[^,;:]{0,30}?)?"
            + "\\s+(?:with|w/)\\s+[^,;:]{1,60}?\\s+and\\s+");

    /** The words before a drug that credit what follows to it: "with" ("w/"), "on", "taking", "using". */
    private static final Pattern WITH = Pattern.compile("(?i)(?<![\\p{L}])(?:(?:with|on|taking|using)\\s+|w/\\s*)"
            + "(?:(?:the|his|her|this|these|current)\\s+)?$");
    /** A drug named as stopped, or as not taken, right before it ("stopped taking", "off", "without"). */
    private static final String STOP_WORDS = "stopped|stops|quit|discontinued|ceased|off";
    private static final Pattern STOPPED = Pattern.compile("(?i)(?<![\\p{L}])(?:" + STOP_WORDS + "|not|never|without)\\s+"
            + "(?:(?:taking|using)\\s+)?(?:(?:the|his|her|this|these|current)\\s+)?$");
    /** A drug as the subject of the statement: at most a dosage and one word between ("Norco 10/325 mg allows"). */
    private static final Pattern SUBJECT = Pattern.compile("(?i)(?:\\s+[\\d/.]+\\s*(?:mg|mcg)?)?\\s+(?:\\p{L}+\\s+)?");
    private static final Pattern MEDICATION_WORDS = Pattern.compile("(?i)(?<![\\p{L}])(?:pain\\s+)?(?:medications?|"
            + "medicines?|meds)(?![\\p{L}])");

    /** The words that end a clause in the sentence ("but", "however", ";"). */
    private static List<Match<Trigger>> terminations(Analysis a, Sentence s) {
        return a.matchesIn(a.lexicon.triggers, s).stream()
                .filter(t -> t.value().category() == Trigger.Category.TERMINATION).toList();
    }

    /** The drug nearest to the statement in its clause, by its guideline code ("since gabapentin was started"). */
    private static Optional<String> drugNamed(Analysis a, Sentence s, Match<?> m) {
        List<Match<Trigger>> terminations = terminations(a, s);
        Match<Lexicon.Drug> best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Match<Lexicon.Drug> d : a.matchesIn(a.lexicon.drugs, s)) {
            int distance = d.end() <= m.start() ? m.start() - d.end() : d.start() - m.end();
            int from = Math.min(d.end(), m.end());
            int to = Math.max(d.start(), m.start());
            if (distance >= 0 && distance < bestDistance
                    && terminations.stream().noneMatch(x -> x.start() >= from && x.end() <= to)) {
                best = d;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best).flatMap(d -> d.value().code());
    }

    /**
     * The statement's sentence, or the one before it, puts the patient off a drug ("Off Norco for 2 weeks. Walking
     * tolerance increased.", "he stopped Norco and sits longer"): a gain then is not the drug's.
     */
    private static boolean offADrug(Analysis a, Sentence s) {
        List<Sentence> near = new java.util.ArrayList<>(List.of(s));
        for (int back = 1; back <= 3 && s.start() - back >= 0; back++) {
            Optional<Sentence> before = a.sentenceAt(s.start() - back);
            if (before.isPresent()) {
                near.add(before.get());
                break;
            }
        }
        for (Sentence in : near) {
            for (Match<Lexicon.Drug> d : a.matchesIn(a.lexicon.drugs, in)) {
                if (OFF.matcher(a.text).region(Math.max(in.start(), d.start() - 30), d.start()).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words right before a drug that put the patient off it ("off", "stopped taking", "ran out of"; not "without"). */
    private static final Pattern OFF = Pattern.compile("(?i)(?<![\\p{L}])(?:" + STOP_WORDS + "|ran\\s+out\\s+of|(?:not|no\\s+longer)\\s+taking|weaned\\s+off)\\s+(?:(?:of|taking|using)\\s+)?"
            + "(?:(?:the|his|her|this|these)\\s+)?$");

    /** The therapy nearest to the statement in its clause (no "but", "however", ";" between them). */
    private static Optional<Modality> treatment(Analysis a, Sentence s, Match<?> m) {
        Match<Modality> best = null;
        int bestDistance = Integer.MAX_VALUE;
        List<Match<Trigger>> terminations = terminations(a, s);
        for (Match<Modality> t : a.matchesIn(a.lexicon.modalities, s)) {
            int distance = t.end() <= m.start() ? m.start() - t.end() : t.start() - m.end();
            int from = Math.min(t.end(), m.end());
            int to = Math.max(t.start(), m.start());
            if (terminations.stream().anyMatch(x -> x.start() >= from && x.end() <= to)) {
                continue;
            }
            if (distance >= 0 && distance < bestDistance) {
                best = t;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best).map(Match::value);
    }
}

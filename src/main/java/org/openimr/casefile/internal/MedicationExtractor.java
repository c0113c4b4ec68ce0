package org.openimr.casefile.internal;

import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.openimr.casefile.Clauses;
import org.openimr.casefile.Assertion;
import org.openimr.casefile.Dosing;
import org.openimr.casefile.DrugClass;
import org.openimr.casefile.Medication;
import org.openimr.casefile.StatedDate;
import org.openimr.casefile.Strength;

/**
 * Medications: a drug of the lexicon, then what follows it as long as it reads as part of the prescription, in any
 * order: release form (ER), strength ("10/325 mg", "10-325mg", "25 mcg/hr"), quantity ("#90", "quantity of 60"),
 * units per dose ("one tablet", "1-2 tablets"), frequency ("every 8 hours", "q6h", "twice a day", "TID", "at
 * bedtime"), "as needed", route, form (a cream, gel, patch makes it topical), "since 2015", "for 6 months".
 * A drug named inside a compounded topical ("topical analgesic with flurbiprofen, baclofen ...") is topical.
 * When the drug was started or how long it has been taken ({@link TimeOnDrug}) may also stand later in the sentence
 * ("Lyrica was started on 06/12/2016", "Ambien, which he has taken since his injury in 2013"), or just before the
 * next drug of a list ("Norco and, since May 2016, Lyrica"): it is the drug's it is tied to, never read across
 * another drug named between them nor in the clause of a stop ("weaned off Norco since 01/2016").
 */
final class MedicationExtractor implements Extractor {

    private static final String NUM = "(\\d+(?:\\.\\d+)?)";
    /**
     * An injection word near a steroid or local anaesthetic (lidocaine included, the patch excepted): the drug was what
     * was injected ("an ESI with Depo-Medrol", "Kenalog was injected into the shoulder"), given once, not a drug the
     * patient takes.
     */
    private static final Pattern INJECTION_WORD = Pattern.compile("(?i)(?<![\\p{L}])(?:inject\\w*|ESIs?|TFESI|TPIs?|"
            + "epidurals?|blocks?|infiltrat\\w*|intra-?articular)(?![\\p{L}])");
    /** An injection word, then the drug: "ESI with Depo-Medrol", "injection of triamcinolone". */
    private static final Pattern INJECTION_WITH = Pattern.compile("(?i)^\\s+(?:with|of|using|containing)\\s+"
            + "(?:[\\p{L}\\d.-]+\\s+){0,3}$");
    /** The drug, then an injection word: "Kenalog injection", "Kenalog and lidocaine were injected". */
    private static final Pattern INJECTED_AFTER = Pattern.compile("(?i)^(?:(?:\\s*,\\s*|\\s+and\\s+|\\s+or\\s+)"
            + "[\\p{L}-]+)*\\s+(?:(?:was|were|is|are|has\\s+been|have\\s+been|had\\s+been)\\s+)?$");
    private static final Set<DrugClass> INJECTATES = EnumSet.of(DrugClass.CORTICOSTEROID, DrugClass.LOCAL_ANESTHETIC);
    /** Names only ever injected (casefile/injected-only.tsv). */
    private static final Set<String> INJECTED_ONLY = Tsv.read("casefile/injected-only.tsv").stream()
            .map(row -> Tsv.column(row, 0).toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    private static final Pattern ALIAS = Pattern.compile("\\(\\s*[\\p{L}][\\p{L}\\d\\s\\-/.]{0,30}\\)");
    private static final Pattern RELEASE = Pattern.compile("(?i)(?:ER|XR|CR|SR|IR|ODT|XL|DR|DS|HCL|extended[\\s-]release|"
            + "immediate[\\s-]release|sustained[\\s-]release|sodium|bitartrate|citrate)(?![\\p{L}])");
    private static final Pattern STRENGTH = Pattern.compile("(?i)" + NUM + "\\s*(?:(mg|mcg)\\s*)?(?:(?:/|-)\\s*" + NUM
            + "\\s*)?(mg|mcg|µg|gm|g|grams?|milligrams?|micrograms?|%|units?)(?:\\s*/\\s*(hr|h|hour))?(?![\\p{L}])");
    private static final Pattern STRENGTH_NO_UNIT = Pattern.compile(NUM + "\\s*/\\s*" + NUM + "(?![\\d/.])");
    private static final Pattern QUANTITY = Pattern.compile("(?i)(?:#\\s*(\\d{1,4})(?![\\d/])|(?:with\\s+a\\s+)?(?:quantity|"
            + "qty)\\.?\\s*(?:of\\s*)?:?\\s*#?\\s*(\\d{1,4})(?!\\d))");
    private static final String UNIT_WORD = "(one|two|three|four|half|1/2|\\d(?:\\.\\d)?)";
    private static final Pattern UNITS = Pattern.compile("(?i)" + UNIT_WORD + "(?:\\s*(?:-|to)\\s*" + UNIT_WORD
            + ")?\\s*(?:tablets?|tabs?|capsules?|caps?|pills?|patch(?:es)?|pumps?|sprays?)(?![\\p{L}])");
    private static final Pattern EVERY = Pattern.compile("(?i)(?:" + UNIT_WORD + "\\s+(?:(?:tablets?|tabs?|capsules?|pills?)"
            + "\\s+)?(?:(?:by\\s+mouth|orally|po)\\s+)?)?(?:every|q\\.?)\\s*(\\d{1,2})(?:\\s*(?:-|to)\\s*(\\d{1,2}))?\\s*"
            + "(?:hours?|hrs?|h)(?![\\p{L}])");
    private static final Pattern PER_DAY = Pattern.compile("(?i)(?:" + UNIT_WORD + "\\s+(?:(?:tablets?|tabs?|capsules?|"
            + "pills?)\\s+)?(?:(?:by\\s+mouth|orally|po)\\s+)?)?(?:(once|one\\s+time|1\\s*x|twice|two\\s+times|2\\s*x|"
            + "three\\s+times|3\\s*x|four\\s+times|4\\s*x|\\d\\s+times)\\s*(?:a|per|each|/)\\s*day|(once|twice|three\\s+"
            + "times|four\\s+times)\\s+daily|(daily|every\\s+day|per\\s+day|a\\s+day|qd|q\\.d\\.|qam|q\\.?\\s?h\\.?s\\.?|"
            + "at\\s+bedtime|nightly|at\\s+night|(?:every|each)\\s+(?:night|evening)|hs|bid|b\\.i\\.d\\.?|tid|"
            + "t\\.i\\.d\\.?|qid|q\\.i\\.d\\.?))(?![\\p{L}])");
    private static final Pattern AS_NEEDED = Pattern.compile(
            "(?i)(?:as\\s+needed|as\\s+necessary|prn|p\\.r\\.n\\.?)(?:\\s+for\\s+(?:pain|spasms?|sleep))?(?![\\p{L}])");
    private static final Pattern ROUTE = Pattern.compile(
            "(?i)(?:by\\s+mouth|orally|p\\.?o\\.?|topically|transdermally|sublingually)(?![\\p{L}])");
    private static final Pattern FORM = Pattern.compile("(?i)(tablets?|tabs?|capsules?|caps?|(?:topical\\s+)?(?:cream|gel|"
            + "ointment|lotion|patch(?:es)?|solution)|topical|transdermal)(?![\\p{L}])");
    /** Between a drug (or the sentence start) and a start that belongs to the next drug: nothing but a list joiner. */
    private static final Pattern LIST_JOIN = Pattern.compile("(?i)[\\s,]*(?:(?:and|or|plus|as\\s+well\\s+as)[\\s,]*)?");
    private static final Pattern SEPARATOR = Pattern.compile("[\\s,]*");
    private static final Pattern TOPICAL_COMPOUND = Pattern.compile("(?i)(?:topical|compound(?:ed)?|creams?|gels?|"
            + "ointments?|lotions?)\\s+(?:analgesics?\\s+|creams?\\s+|compounds?\\s+|medications?\\s+)?(?:with|containing|"
            + "of|consisting\\s+of|including)(?![\\p{L}])[^.;]*$");

    /** A drug's name used as the unit of a dose: "morphine equivalent dose", "morphine-equivalents". */
    private static final Pattern EQUIVALENTS = Pattern.compile("(?i)[\\s-]*(?:milligram\\s+|mg\\s+)?equivalen(?:t|ts|cy)\\b");

    private final ContextRules context;

    MedicationExtractor(ContextRules context) {
        this.context = context;
    }

    /** What the attributes after a drug name said, and the start or duration tied to the drug. */
    private static final class Reading {
        /** Where the attributes read after the name end. */
        int end;
        /** Where the drug's clause starts: a stop phrase from there on means no start is read. */
        int clauseStart;
        int spanStart;
        int spanEnd;
        Strength strength;
        Integer quantity;
        BigDecimal unitsPerDose;
        BigDecimal timesPerDay;
        boolean asNeeded;
        boolean topical;
        StatedDate since;
        Period duration;
    }

    /** A drug named in a sentence and what was read about it. */
    private record Found(Match<Lexicon.Drug> drug, Sentence sentence, Reading reading) {
    }

    @Override
    public void extract(Analysis a, FactsBuilder facts) {
        int consumedUntil = -1;
        List<Found> found = new ArrayList<>();
        for (Match<Lexicon.Drug> m : a.matches(a.lexicon.drugs)) {
            if (m.start() < consumedUntil) {
                continue;
            }
            Optional<Sentence> in = a.sentenceAt(m.start());
            if (in.isEmpty() || in.get().section().excludes(true) || m.end() > in.get().end()) {
                continue;
            }
            if (EQUIVALENTS.matcher(a.text).region(m.end(), in.get().end()).lookingAt()) {
                continue; // "a morphine equivalent dose of 60 mg": a measure of the opioids taken, not a drug taken
            }
            Reading r = attributes(a, in.get(), m.start(), m.end());
            consumedUntil = r.end;
            found.add(new Found(m, in.get(), r));
        }
        tieTimesOnDrug(a, found);
        for (Found f : found) {
            facts.medications.add(medication(a, f));
        }
    }

    private Medication medication(Analysis a, Found f) {
        Match<Lexicon.Drug> m = f.drug();
        Sentence s = f.sentence();
        Reading r = f.reading();
        Lexicon.Drug drug = m.value();
        Set<DrugClass> classes = EnumSet.copyOf(drug.classes());
        boolean concentration = r.strength != null && r.strength.unit().equals("%");
        if (r.topical || concentration || TOPICAL_COMPOUND.matcher(a.text).region(Math.max(s.start(), m.start() - 120), m.start())
                .find()) {
            classes.add(DrugClass.TOPICAL);
        }
        Optional<Strength> strength = Optional.ofNullable(r.strength);
        if (strength.isEmpty() && drug.fixedOpioidMg().isPresent()) {
            strength = Optional.of(new Strength(drug.fixedOpioidMg().get(), Optional.empty(), "mg"));
        }
        Optional<Dosing> dosing = r.unitsPerDose == null && r.timesPerDay == null && !r.asNeeded
                ? Optional.empty()
                : Optional.of(new Dosing(Optional.ofNullable(r.unitsPerDose), Optional.ofNullable(r.timesPerDay),
                        r.asNeeded));
        Assertion assertion = context.assertion(a, s, m.start(), m.end());
        if (assertion == Assertion.AFFIRMED && injected(a, s, m, drug, dosing)) {
            assertion = Assertion.HISTORICAL;
        }
        return new Medication(a.quote(m.start(), m.end()).replaceAll("\\s+", " "), drug.generic(),
                drug.code(),
                classes, classes.contains(DrugClass.TOPICAL) && !"fentanyl".equals(drug.generic())
                        ? Optional.empty() : drug.opioid(),
                strength, r.quantity == null ? OptionalInt.empty() : OptionalInt.of(r.quantity), dosing,
                Optional.ofNullable(r.since), Optional.ofNullable(r.duration), assertion,
                a.span(r.spanStart, r.spanEnd));
    }

    /**
     * A steroid or local anaesthetic that was injected, not taken: a name only ever injected with an injection word in
     * its clause, or any of them tied to an injection ("ESI with Depo-Medrol", "lidocaine was injected", "Kenalog
     * injection") with no frequency of its own ("prednisone 10 mg daily" near an ESI is taken).
     */
    private static boolean injected(Analysis a, Sentence s, Match<Lexicon.Drug> m, Lexicon.Drug drug,
            Optional<Dosing> dosing) {
        boolean injectate = drug.classes().stream().anyMatch(INJECTATES::contains)
                || drug.code().filter("lidocaine_topical"::equals).isPresent(); // lidocaine, not the patch
        if (!injectate || dosing.isPresent()) {
            return false;
        }
        int semicolonBefore = a.text.lastIndexOf(';', m.start());
        int from = Math.max(s.start(), semicolonBefore + 1);
        int semicolonAfter = a.text.indexOf(';', m.end());
        int to = semicolonAfter >= 0 ? Math.min(s.end(), semicolonAfter) : s.end();
        String name = a.text.substring(m.start(), m.end()).toLowerCase(Locale.ROOT);
        Matcher word = INJECTION_WORD.matcher(a.text).region(from, to);
        while (word.find()) {
            if (INJECTED_ONLY.contains(name)
                    || word.end() <= m.start() && INJECTION_WITH.matcher(a.text.substring(word.end(), m.start())).matches()
                    || word.start() >= m.end() && INJECTED_AFTER.matcher(a.text.substring(m.end(), word.start())).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A start or duration stated elsewhere in a drug's sentence: before the next drug of a list when only a joiner
     * precedes it ("Norco and, since May 2016, Lyrica"), otherwise the nearest drug before it, never across another
     * drug, a semicolon, or from a stop's clause.
     */
    private static void tieTimesOnDrug(Analysis a, List<Found> found) {
        for (int i = 0; i < found.size(); i++) {
            Sentence s = found.get(i).sentence();
            int last = i;
            while (last + 1 < found.size() && found.get(last + 1).sentence().equals(s)) {
                last++;
            }
            List<Found> inSentence = found.subList(i, last + 1);
            for (Match<TimeOnDrug.Cue> cue : a.matchesIn(TimeOnDrug.PHRASES, s)) {
                if (inSentence.stream().noneMatch(f -> cue.start() >= f.drug().start() && cue.start() < f.reading().end)) {
                    TimeOnDrug.stated(a, s, cue).ifPresent(stated -> owner(a, s, inSentence, stated)
                            .ifPresent(r -> tie(r, stated)));
                }
            }
            i = last;
        }
    }

    private static Optional<Reading> owner(Analysis a, Sentence s, List<Found> inSentence, TimeOnDrug.Stated stated) {
        Found before = null;
        Found after = null;
        for (Found f : inSentence) {
            if (f.drug().start() < stated.start()) {
                before = f;
            } else if (after == null && f.drug().start() >= stated.end()) {
                after = f;
            }
        }
        int previousEnd = before == null ? s.start() : before.reading().end;
        if (after != null && matches(LIST_JOIN, a, previousEnd, stated.start())
                && matches(SEPARATOR, a, stated.end(), after.drug().start())) {
            return Optional.of(after.reading());
        }
        if (before == null || !reaches(a, before.reading(), stated)) {
            return Optional.empty();
        }
        return Optional.of(before.reading());
    }

    /**
     * Whether a phrase later in the sentence is still about the drug before it: few enough words between them, and no
     * semicolon, comma opening a clause about something else, other drug, other treatment, study or surgery, clause about something else, or stop.
     */
    private static boolean reaches(Analysis a, Reading drug, TimeOnDrug.Stated stated) {
        int from = drug.end;
        int to = stated.start();
        String between = a.text.substring(from, to);
        return !between.contains(";") && TimeOnDrug.words(between) <= stated.cue().wordsFromDrug()
                && TimeOnDrug.commasOpenOnlyTakingClauses(a, from, to)
                && a.matchesIn(a.lexicon.drugs, from, to).isEmpty()
                && a.matchesIn(a.lexicon.modalities, from, to).isEmpty()
                && a.matchesIn(a.lexicon.care, from, to).isEmpty()
                && a.matchesIn(a.lexicon.studies, from, to).isEmpty()
                && a.matchesIn(a.lexicon.surgeries, from, to).isEmpty()
                && !TimeOnDrug.anyIn(a, from, to, TimeOnDrug.Kind.SCOPE_END)
                && !TimeOnDrug.anyIn(a, drug.clauseStart, to, TimeOnDrug.Kind.STOP);
    }

    private static boolean matches(Pattern p, Analysis a, int from, int to) {
        return from <= to && p.matcher(a.text).region(from, to).matches();
    }

    private static void tie(Reading r, TimeOnDrug.Stated stated) {
        if (r.since != null || r.duration != null || stated.supplyAfterQuantity(r.quantity != null)) {
            return;
        }
        r.since = stated.since().orElse(null);
        r.duration = stated.duration().orElse(null);
        r.spanStart = Math.min(r.spanStart, stated.start());
        r.spanEnd = Math.max(r.spanEnd, stated.end());
    }

    /** From the drug's sentence start, the previous drug or the last comma or semicolon, whichever is nearest. */
    private static int clauseStart(Analysis a, Sentence s, int drugStart) {
        int start = s.start();
        List<Match<Lexicon.Drug>> earlier = a.matchesIn(a.lexicon.drugs, s.start(), drugStart);
        if (!earlier.isEmpty()) {
            start = earlier.get(earlier.size() - 1).end();
        }
        return Clauses.LIST.start(a.text, start, drugStart);
    }

    private Reading attributes(Analysis a, Sentence s, int drugStart, int from) {
        Reading r = new Reading();
        r.end = from;
        r.clauseStart = clauseStart(a, s, drugStart);
        int pos = from;
        while (pos < s.end()) {
            Matcher sep = SEPARATOR.matcher(a.text).region(pos, s.end());
            int at = sep.lookingAt() ? sep.end() : pos;
            int next = attribute(a, s, at, r);
            if (next < 0) {
                break;
            }
            r.end = next;
            pos = next;
        }
        r.spanStart = drugStart;
        r.spanEnd = r.end;
        return r;
    }

    /** Reads one attribute at {@code at}; returns where it ends, or -1 when none is there. */
    private int attribute(Analysis a, Sentence s, int at, Reading r) {
        String text = a.text;
        int limit = s.end();
        Matcher m;
        if ((m = region(ALIAS, text, at, limit)).lookingAt()
                && !a.matchesIn(a.lexicon.drugs, m.start(), m.end()).isEmpty()) {
            return m.end();
        }
        if ((m = region(STRENGTH, text, at, limit)).lookingAt() && r.strength == null) {
            String unit = unit(m.group(4), m.group(5));
            BigDecimal second = m.group(3) == null ? null : new BigDecimal(m.group(3));
            r.strength = new Strength(new BigDecimal(m.group(1)), Optional.ofNullable(second), unit);
            return m.end();
        }
        if ((m = region(STRENGTH_NO_UNIT, text, at, limit)).lookingAt() && r.strength == null) {
            r.strength = new Strength(new BigDecimal(m.group(1)), Optional.of(new BigDecimal(m.group(2))), "mg");
            return m.end();
        }
        if ((m = region(QUANTITY, text, at, limit)).lookingAt() && r.quantity == null) {
            r.quantity = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            return m.end();
        }
        if ((m = region(EVERY, text, at, limit)).lookingAt() && r.timesPerDay == null) {
            if (m.group(1) != null) {
                r.unitsPerDose = units(m.group(1));
            }
            int hours = Integer.parseInt(m.group(2)); // the shorter interval of "every 4-6 hours": the most allowed
            if (hours > 0 && hours <= 24) {
                r.timesPerDay = BigDecimal.valueOf(24).divide(BigDecimal.valueOf(hours), 2,
                        java.math.RoundingMode.HALF_UP).stripTrailingZeros();
            }
            return m.end();
        }
        if ((m = region(PER_DAY, text, at, limit)).lookingAt() && r.timesPerDay == null) {
            if (m.group(1) != null) {
                r.unitsPerDose = units(m.group(1));
            }
            String times = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            r.timesPerDay = timesPerDay(times);
            return m.end();
        }
        if ((m = region(UNITS, text, at, limit)).lookingAt() && r.unitsPerDose == null) {
            r.unitsPerDose = units(m.group(2) != null ? m.group(2) : m.group(1));
            return m.end();
        }
        if ((m = region(AS_NEEDED, text, at, limit)).lookingAt()) {
            r.asNeeded = true;
            return m.end();
        }
        if ((m = region(RELEASE, text, at, limit)).lookingAt() || (m = region(ROUTE, text, at, limit)).lookingAt()) {
            return m.end();
        }
        if ((m = region(FORM, text, at, limit)).lookingAt()) {
            String form = m.group(1).toLowerCase(Locale.ROOT);
            r.topical |= !(form.startsWith("tab") || form.startsWith("cap"));
            return m.end();
        }
        Optional<TimeOnDrug.Stated> time = TimeOnDrug.at(a, s, at);
        if (time.isPresent() && r.since == null && r.duration == null
                && !TimeOnDrug.anyIn(a, r.clauseStart, at, TimeOnDrug.Kind.STOP)) {
            if (time.get().supplyAfterQuantity(r.quantity != null)) {
                return time.get().end(); // part of the prescription, not time already on the drug
            }
            r.since = time.get().since().orElse(null);
            r.duration = time.get().duration().orElse(null);
            return time.get().end();
        }
        return -1;
    }

    private static Matcher region(Pattern p, String text, int from, int to) {
        return p.matcher(text).region(from, to);
    }

    private static String unit(String unit, String perHour) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (perHour != null && (u.equals("mcg") || u.equals("µg") || u.startsWith("microgram"))) {
            return "mcg/h";
        }
        return switch (u) {
            case "mg", "milligram", "milligrams" -> "mg";
            case "mcg", "µg", "microgram", "micrograms" -> "mcg";
            case "g", "gm", "gram", "grams" -> "g";
            case "unit", "units" -> "units";
            default -> u;
        };
    }

    private static BigDecimal units(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "one" -> BigDecimal.ONE;
            case "two" -> BigDecimal.valueOf(2);
            case "three" -> BigDecimal.valueOf(3);
            case "four" -> BigDecimal.valueOf(4);
            case "half", "1/2" -> new BigDecimal("0.5");
            default -> new BigDecimal(word);
        };
    }

    private static BigDecimal timesPerDay(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (p.startsWith("twice") || p.startsWith("two") || p.startsWith("2") || p.startsWith("bid")
                || p.startsWith("b.i.d")) {
            return BigDecimal.valueOf(2);
        }
        if (p.startsWith("three") || p.startsWith("3") || p.startsWith("tid") || p.startsWith("t.i.d")) {
            return BigDecimal.valueOf(3);
        }
        if (p.startsWith("four") || p.startsWith("4") || p.startsWith("qid") || p.startsWith("q.i.d")) {
            return BigDecimal.valueOf(4);
        }
        Matcher n = Pattern.compile("^(\\d) times").matcher(p);
        if (n.find()) {
            return new BigDecimal(n.group(1));
        }
        return BigDecimal.ONE;
    }
}

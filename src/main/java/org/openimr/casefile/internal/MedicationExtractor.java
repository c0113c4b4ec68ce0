package org.openimr.casefile.internal;

import java.math.BigDecimal;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 */
final class MedicationExtractor implements Extractor {

    private static final String NUM = "(\\d+(?:\\.\\d+)?)";
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
    private static final Pattern SINCE = Pattern.compile("(?i)since\\s+(?:at\\s+least\\s+)?");
    private static final Pattern DURATION = Pattern.compile("(?i)for\\s+(?:the\\s+(?:past|last)\\s+|about\\s+|"
            + "approximately\\s+|over\\s+|at\\s+least\\s+|more\\s+than\\s+)?(" + Numbers.COUNT
            + "|a|an)\\s+(days?|weeks?|months?|years?)(?![\\p{L}])");
    private static final Pattern SEPARATOR = Pattern.compile("[\\s,]*");
    private static final Pattern TOPICAL_COMPOUND = Pattern.compile("(?i)(?:topical|compound(?:ed)?|creams?|gels?|"
            + "ointments?|lotions?)\\s+(?:analgesics?\\s+|creams?\\s+|compounds?\\s+|medications?\\s+)?(?:with|containing|"
            + "of|consisting\\s+of|including)(?![\\p{L}])[^.;]*$");

    private final ContextRules context;

    MedicationExtractor(ContextRules context) {
        this.context = context;
    }

    /** What the attributes after a drug name said. */
    private static final class Reading {
        int end;
        Strength strength;
        Integer quantity;
        BigDecimal unitsPerDose;
        BigDecimal timesPerDay;
        boolean asNeeded;
        boolean topical;
        StatedDate since;
        Period duration;
    }

    @Override
    public void extract(Analysis a, FactsBuilder facts) {
        int consumedUntil = -1;
        List<Match<Lexicon.Drug>> drugs = a.matches(a.lexicon.drugs);
        for (Match<Lexicon.Drug> m : drugs) {
            if (m.start() < consumedUntil) {
                continue;
            }
            Optional<Sentence> found = a.sentenceAt(m.start());
            if (found.isEmpty() || found.get().section().excludes(true) || m.end() > found.get().end()) {
                continue;
            }
            Sentence s = found.get();
            Reading r = attributes(a, s, m.end());
            consumedUntil = r.end;
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
            facts.medications.add(new Medication(a.quote(m.start(), m.end()).replaceAll("\\s+", " "), drug.generic(),
                    drug.code(),
                    classes, classes.contains(DrugClass.TOPICAL) && !"fentanyl".equals(drug.generic())
                            ? Optional.empty() : drug.opioid(),
                    strength, r.quantity == null ? OptionalInt.empty() : OptionalInt.of(r.quantity), dosing,
                    Optional.ofNullable(r.since), Optional.ofNullable(r.duration), assertion, a.span(m.start(), r.end)));
        }
    }

    private Reading attributes(Analysis a, Sentence s, int from) {
        Reading r = new Reading();
        r.end = from;
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
        if ((m = region(SINCE, text, at, limit)).lookingAt()) {
            for (Dates.Mention d : a.datesIn(m.end(), limit)) {
                if (d.start() == m.end()) {
                    r.since = d.date();
                    return d.end();
                }
            }
            return -1;
        }
        if ((m = region(DURATION, text, at, limit)).lookingAt()) {
            String n = m.group(1).toLowerCase(Locale.ROOT);
            OptionalInt count = n.equals("a") || n.equals("an") ? OptionalInt.of(1) : Numbers.parse(n);
            if (count.isPresent()) {
                r.duration = period(count.getAsInt(), m.group(2));
                return m.end();
            }
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

    private static Period period(int n, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("day")) {
            return Period.ofDays(n);
        }
        if (u.startsWith("week")) {
            return Period.ofWeeks(n);
        }
        if (u.startsWith("month")) {
            return Period.ofMonths(n);
        }
        return Period.ofYears(n);
    }
}

package org.openimr.casefile.internal;

import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.casefile.Clauses;
import org.openimr.casefile.StatedDate;

/**
 * When a drug was started or how long it has been taken, as records say it: a phrase of {@code
 * casefile/time-on-drug.tsv} and the date or count that follows it ("since March 2016", "was started on 06/12/2016",
 * "since his injury in 2013", "for the past 2 years", "x 3 months"). A vague length ("for several months") is none.
 * The stop phrases ("discontinued", "weaned off") are found too: a start in a stop's clause is not a start; and the
 * phrases that open a clause about something else ("who", "because"), beyond which a later phrase is not the drug's.
 */
final class TimeOnDrug {

    enum Kind { START, DURATION, DURATION_OR_SUPPLY, STOP, SCOPE_END, NOT_A_CUE, DRUG_CLAUSE, TAKING }

    /**
     * A phrase of the file: its kind, how many words may stand between a start phrase and its date, and how many
     * between a drug and the phrase when it does not follow the drug directly.
     */
    record Cue(Kind kind, int wordsToValue, int wordsFromDrug) {
    }

    /** What a phrase and its value said, {@code [start, end)} from the phrase to the end of the value. */
    record Stated(Cue cue, int start, int end, Optional<StatedDate> since, Optional<Period> duration) {

        /** Whether, after a prescription's quantity ("#14 x 7 days"), this is how long the quantity lasts. */
        boolean supplyAfterQuantity(boolean quantityStated) {
            return quantityStated && cue.kind() == Kind.DURATION_OR_SUPPLY;
        }
    }

    private static final Pattern LENGTH = Pattern.compile("(?i)\\s*(" + Numbers.COUNT + "|a|an)\\s+(days?|weeks?|months?|"
            + "years?)(?![\\p{L}])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d'’]+");
    private static final Pattern COMMA = Pattern.compile(",");

    static final PhraseMatcher<Cue> PHRASES = PhraseMatcher.of(read());

    private TimeOnDrug() {
    }

    /** The start or duration stated by a phrase beginning exactly at {@code at}, if its value follows it. */
    static Optional<Stated> at(Analysis a, Sentence s, int at) {
        return a.matchesIn(PHRASES, at, s.end()).stream().filter(m -> m.start() == at).findFirst()
                .flatMap(m -> stated(a, s, m));
    }

    /** The start or duration a phrase states, if its value follows it within the sentence. */
    static Optional<Stated> stated(Analysis a, Sentence s, Match<Cue> phrase) {
        return switch (phrase.value().kind()) {
            case STOP, SCOPE_END, NOT_A_CUE, DRUG_CLAUSE, TAKING -> Optional.empty();
            case DURATION, DURATION_OR_SUPPLY -> length(a, s, phrase);
            case START -> start(a, s, phrase);
        };
    }

    /** Whether a phrase of this kind stands in {@code [from, to)}. */
    static boolean anyIn(Analysis a, int from, int to, Kind kind) {
        return a.matchesIn(PHRASES, from, to).stream().anyMatch(m -> m.value().kind() == kind);
    }

    /**
     * Whether every comma in {@code [from, to)} opens a clause that says the drug is taken (", which he has taken"),
     * not one about something else (", pain has been worse"): a {@code DRUG_CLAUSE} word right after the comma and a
     * {@code TAKING} word before the next comma.
     */
    static boolean commasOpenOnlyTakingClauses(Analysis a, int from, int to) {
        Matcher comma = COMMA.matcher(a.text).region(from, to);
        if (!comma.find()) {
            return true;
        }
        while (true) {
            int clauseStart = comma.end();
            int clauseEnd = comma.find() ? comma.start() : to;
            List<Match<Cue>> cues = a.matchesIn(PHRASES, clauseStart, clauseEnd);
            boolean opens = !cues.isEmpty() && cues.get(0).value().kind() == Kind.DRUG_CLAUSE
                    && a.text.substring(clauseStart, cues.get(0).start()).isBlank();
            if (!opens || cues.stream().noneMatch(m -> m.value().kind() == Kind.TAKING)) {
                return false;
            }
            if (clauseEnd == to) {
                return true;
            }
        }
    }

    /** The words of a text. */
    static int words(String text) {
        return (int) WORD.matcher(text).results().count();
    }

    private static Optional<Stated> length(Analysis a, Sentence s, Match<Cue> phrase) {
        Matcher m = LENGTH.matcher(a.text).region(phrase.end(), s.end());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        OptionalInt count = Numbers.parseOrArticle(m.group(1));
        return count.isEmpty() ? Optional.empty()
                : Optional.of(new Stated(phrase.value(), phrase.start(), m.end(), Optional.empty(),
                        Optional.of(period(count.getAsInt(), m.group(2)))));
    }

    /** The first date after the phrase, with at most the phrase's number of words between and no clause break. */
    private static Optional<Stated> start(Analysis a, Sentence s, Match<Cue> phrase) {
        return a.datesIn(phrase.end(), s.end()).stream().findFirst().filter(d -> {
            String gap = a.text.substring(phrase.end(), d.start());
            return !Clauses.PARTS_AND_ASIDES.cutIn(gap, 0, gap.length()) && words(gap) <= phrase.value().wordsToValue()
                    && a.matchesIn(a.lexicon.drugs, phrase.end(), d.start()).isEmpty();
        }).map(d -> new Stated(phrase.value(), phrase.start(), d.end(), Optional.of(d.date()), Optional.empty()));
    }

    private static Period period(int n, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("day")) {
            return Period.ofDays(n);
        }
        if (u.startsWith("week")) {
            return Period.ofWeeks(n);
        }
        return u.startsWith("month") ? Period.ofMonths(n) : Period.ofYears(n);
    }

    private static Map<String, Cue> read() {
        Map<String, Cue> phrases = new LinkedHashMap<>();
        for (String[] row : Tsv.read("casefile/time-on-drug.tsv")) {
            try {
                phrases.put(Tsv.column(row, 0),
                        new Cue(Kind.valueOf(Tsv.column(row, 1)), Integer.parseInt(Tsv.column(row, 2)),
                                Integer.parseInt(Tsv.column(row, 3))));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("casefile/time-on-drug.tsv: bad entry " + String.join(" | ", row), e);
            }
        }
        return phrases;
    }
}

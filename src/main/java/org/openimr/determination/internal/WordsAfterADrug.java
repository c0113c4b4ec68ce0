package org.openimr.determination.internal;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.casefile.DrugClass;
import org.openimr.casefile.Medication;

/**
 * Whether words of a fact ("was reduced", "caused gastritis", "due to side effects") are said of a drug named before
 * them in their clause: the drug named nearest before them (a drug the case file reads, or a word of a drug class) with
 * only its strength, dose, times, a verb's helpers or a stopping verb between ("tramadol 50 mg bid was reduced";
 * "naproxen was stopped due to gastritis"). Another word between names something else they are said of: "Norco, with
 * which her pain was reduced" says the pain was reduced, not the drug. A reason ("due to dizziness") is a reason for
 * stopping or changing the drug only where a stopping verb stands in the clause: "meclizine prn due to dizziness"
 * gives the reason the drug is taken.
 */
final class WordsAfterADrug {

    private static final Pattern BETWEEN = DataFiles.standard().readingWords("drug-and-its-verb");
    private static final Pattern STOPPED = DataFiles.standard().readingWords("drug-stopped");
    private static final Pattern REASON = DataFiles.standard().readingWords("reason-for-a-change");
    private static final Pattern A_LETTER = Pattern.compile("\\p{L}");

    private final CaseRecord c;
    private final Optional<Pattern> drugWords;
    private final Set<DrugClass> classes;

    /** {@code classes}: the drugs the words may be said of, by class (a stomach drug is no pain medication); empty, any. */
    WordsAfterADrug(CaseRecord c, Optional<Pattern> drugWords, Set<DrugClass> classes) {
        this.c = c;
        this.drugWords = drugWords;
        this.classes = classes;
    }

    /** Whether the words from {@code start} to {@code end}, in the clause opening at {@code clause}, are said of a drug. */
    boolean saidOfADrug(int clause, int start, int end) {
        String text = c.record().text();
        int drugEnd = nearestDrugEnd(text, clause, start);
        if (drugEnd < 0 || A_LETTER.matcher(BETWEEN.matcher(text.substring(drugEnd, start)).replaceAll("")).find()) {
            return false;
        }
        Matcher reason = REASON.matcher(text).region(start, end);
        return !reason.lookingAt() || STOPPED.matcher(text).region(clause, start).find();
    }

    /** Where the drug named nearest before {@code start} in its clause ends, or -1. */
    private int nearestDrugEnd(String text, int clause, int start) {
        int nearest = -1;
        for (Medication m : c.facts().medications()) {
            if (m.span().documentId().equals(c.record().id()) && m.span().start() >= clause
                    && m.span().end() <= start && ofTheClasses(m)) {
                nearest = Math.max(nearest, m.span().end());
            }
        }
        if (drugWords.isPresent()) {
            Matcher w = drugWords.get().matcher(text).region(clause, start);
            while (w.find()) {
                nearest = Math.max(nearest, w.end());
            }
        }
        return nearest;
    }

    /** A drug of the classes asked for; a drug of no known class may be any. */
    private boolean ofTheClasses(Medication m) {
        return classes.isEmpty() || m.classes().isEmpty() || m.classes().stream().anyMatch(classes::contains);
    }
}

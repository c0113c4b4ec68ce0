package org.openimr.library.evaluation;

import java.time.LocalDate;
import java.util.Optional;

import org.openimr.determination.CaseDates;
import org.openimr.determination.CaseForDetermination;
import org.openimr.letters.FinalDeterminationLetter;
import org.openimr.letters.ItemDetermination;
import org.openimr.letters.LetterDates;

/**
 * The only reading of a letter the engine gets: its header dates, its clinical case summary (standing in for the
 * record) and each item's request text. Outcomes, guideline lines, rationales, reviewer and documents reviewed are
 * never copied, so the engine cannot see what the physician decided. The evaluator passes the engine nothing else.
 */
public final class BlindedView {

    private BlindedView() {
    }

    public static CaseForDetermination of(FinalDeterminationLetter letter) {
        LetterDates d = letter.dates();
        CaseDates dates = new CaseDates(opt(d.urDenialDate()), opt(d.applicationReceived()), opt(d.dateAssigned()),
                opt(d.decisionDate()), opt(d.dateOfInjury()));
        return new CaseForDetermination(dates, letter.clinicalCaseSummary(),
                letter.items().stream().map(ItemDetermination::request).map(r -> r.text()).toList());
    }

    private static Optional<LocalDate> opt(LocalDate d) {
        return Optional.ofNullable(d);
    }
}

package org.openimr.library.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openimr.determination.CaseForDetermination;
import org.openimr.letters.FinalDeterminationLetter;
import org.openimr.letters.ItemDetermination;
import org.openimr.letters.LetterParser;
import org.openimr.shared.CaseNumber;
import org.openimr.shared.GuidelineCitation;
import org.openimr.shared.Outcome;

/** The engine's view of a letter holds the header dates, the summary and the request texts, and nothing decided. */
class BlindedViewTest {

    static final Path LETTER = Path.of("src/test/resources/letters/header2016-expedited-modified.txt");

    @Test
    void theBlindedViewHoldsDatesSummaryAndRequestsOnly() throws Exception {
        FinalDeterminationLetter letter = new LetterParser().parse(LETTER);
        CaseForDetermination view = BlindedView.of(letter);
        assertThat(view.record()).isEqualTo(letter.clinicalCaseSummary());
        assertThat(view.requests()).isEqualTo(letter.items().stream().map(i -> i.request().text()).toList());
        assertThat(view.dates().urDenial()).contains(letter.dates().urDenialDate());
        assertThat(view.dates().injury()).contains(letter.dates().dateOfInjury());
        assertThat(view.dates().requestDate().orElseThrow().what()).isEqualTo("UR denial date");
    }

    @Test
    void whatThePhysicianDecidedDoesNotReachTheEngine() throws Exception {
        FinalDeterminationLetter letter = new LetterParser().parse(LETTER);
        List<ItemDetermination> flipped = letter.items().stream().map(i -> new ItemDetermination(i.request(),
                i.outcome() == Outcome.UPHELD ? Outcome.OVERTURNED : Outcome.UPHELD,
                GuidelineCitation.none("changed"), GuidelineCitation.none("changed"), "A different rationale."))
                .toList();
        FinalDeterminationLetter other = new FinalDeterminationLetter(letter.layout(), letter.caseNumber(),
                letter.dates(), letter.priority(), letter.reviewer(), letter.patient(), letter.clinicalCaseSummary(),
                List.of(), flipped);
        assertThat(BlindedView.of(other)).isEqualTo(BlindedView.of(letter));
    }

    @Test
    void theSplitHoldsOutCaseNumbersEndingInAnOddDigit() {
        assertThat(CorpusSplit.of(CaseNumber.of("CM16-0230651"))).isEqualTo(CorpusSplit.HELD_OUT);
        assertThat(CorpusSplit.of(CaseNumber.of("CM17-0019120"))).isEqualTo(CorpusSplit.DEVELOPMENT);
        assertThat(CorpusSplit.of(null)).isEqualTo(CorpusSplit.DEVELOPMENT);
    }
}

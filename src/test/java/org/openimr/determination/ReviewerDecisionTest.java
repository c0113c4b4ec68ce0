package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openimr.shared.GuidelineCitation;
import org.openimr.shared.Outcome;

/** The reviewer's decision of a draft: what it needs, and the citations offered (in force first). */
class ReviewerDecisionTest {

    private static final DeterminationEngine ENGINE = DeterminationEngine.standard();
    private static final String RECORD = "The patient is a 46 year old male with chronic low back pain. Medications "
            + "were not tolerated. He has completed 6 sessions of acupuncture with functional improvement, able to walk "
            + "30 minutes longer.";

    private static List<Draft> drafts() {
        LocalDate ur = LocalDate.of(2026, 10, 1);
        return ENGINE.draft(new CaseForDetermination(new CaseDates(Optional.of(ur), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(ur.minusYears(1))), RECORD,
                List.of("Acupuncture 6 additional sessions", "MRI of the lumbar spine without contrast")));
    }

    @Test
    void acceptingTheDraftNeedsNoReasonChangingItDoes() {
        Draft acupuncture = drafts().get(0);
        assertThat(acupuncture.outcome()).isEqualTo(DraftOutcome.OVERTURNED);
        GuidelineCitation cited = acupuncture.citation().orElseThrow();
        ReviewerDecision accepted = ReviewerDecision.of(acupuncture, Outcome.OVERTURNED, Optional.of(cited), null,
                " Medically necessary. ", "ignored: the outcome is the draft's");
        assertThat(accepted.changesDraft()).isFalse();
        assertThat(accepted.reasonForChange()).isEmpty();
        assertThat(accepted.rationale()).isEqualTo("Medically necessary.");

        assertThatThrownBy(() -> ReviewerDecision.of(acupuncture, Outcome.UPHELD, Optional.of(cited), null, "r", " "))
                .isInstanceOfSatisfying(InvalidDecisionException.class, e -> assertThat(e.problems()).isEqualTo(Map.of(
                        "reasonForChange", "You changed the draft's outcome (overturned): say why.")));
        ReviewerDecision changed = ReviewerDecision.of(acupuncture, Outcome.UPHELD, Optional.of(cited), null, "r",
                "No measured improvement.");
        assertThat(changed.changesDraft()).isTrue();
        assertThat(changed.reasonForChange()).contains("No measured improvement.");
    }

    @Test
    void aReferDraftMustBeDecidedAndASourceOutsideTheMtusNeedsItsReason() {
        Draft mri = drafts().get(1);
        assertThat(mri.outcome()).isEqualTo(DraftOutcome.REFER);
        GuidelineCitation odg = GuidelineCitation.nonMtus(List.of("ODG, Low Back, MRIs"), "Decision based on ...");
        assertThatThrownBy(() -> ReviewerDecision.of(mri, null, Optional.of(odg), "", "", null))
                .isInstanceOfSatisfying(InvalidDecisionException.class, e -> assertThat(e.problems()).isEqualTo(Map.of(
                        "outcome", "The draft refers this item to you: choose Upheld or Overturned.",
                        "whyNotMtus", "A source outside the MTUS needs the reason the MTUS does not apply.",
                        "rationale", "Write the rationale.")));
        assertThatThrownBy(() -> ReviewerDecision.of(mri, Outcome.UPHELD,
                Optional.of(GuidelineCitation.none("")), null, "r", null)).isInstanceOf(InvalidDecisionException.class)
                .hasMessageContaining("citation: A decision cites a guideline");
        ReviewerDecision decided = ReviewerDecision.of(mri, Outcome.UPHELD, Optional.of(odg),
                "The MTUS in force has no recommendation on lumbar MRI.", "Not medically necessary.", null);
        assertThat(decided.changesDraft()).isFalse();
        assertThat(decided.whyNotMtus()).contains("The MTUS in force has no recommendation on lumbar MRI.");
    }

    @Test
    void theDraftsOwnRecommendationIsOfferedFirstThenTheOthersInForce() {
        Draft acupuncture = drafts().get(0);
        List<CitationChoice> choices = new CitationChoices(ENGINE).forDraft(acupuncture);
        assertThat(choices.get(0).id()).isEqualTo("amtg-2007.acupuncture");
        assertThat(choices.get(0).inForce()).isTrue();
        int firstNotInForce = choices.indexOf(choices.stream().filter(c -> !c.inForce()).findFirst().orElseThrow());
        assertThat(choices.subList(0, firstNotInForce)).allMatch(CitationChoice::inForce);
        assertThat(choices.subList(firstNotInForce, choices.size())).noneMatch(CitationChoice::inForce);
        assertThat(choices).extracting(CitationChoice::id).contains("cpmtg-2009.physical-medicine")
                .doesNotHaveDuplicates();
    }
}

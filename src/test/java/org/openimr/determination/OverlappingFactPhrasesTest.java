package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.explain;
import static org.openimr.determination.RecommendationKindsTest.DECIDED;
import static org.openimr.determination.RecommendationKindsTest.INJURED;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The phrases of one documented fact never hide another fact's phrases where they share words ("a complete tear of
 * the supraspinatus" documents both a surgical lesion, by "complete tear", and a rotator cuff tear, by "tear of the
 * supraspinatus"), while a fact's own `against` phrases still cancel its phrases where they overlap ("low risk for
 * opioid misuse" is no high risk of misuse). Synthetic records.
 */
class OverlappingFactPhrasesTest {

    private static final String SHOULDER = "Right shoulder pain since the injury. Physical therapy and a home exercise "
            + "program for four months failed. MRI of the right shoulder showed a complete tear of the supraspinatus.";
    private static final String OPIOIDS = "Chronic low back pain. She takes Norco 10/325 mg twice a day. A urine drug "
            + "screen on 10/15/2016 was consistent with the prescribed medications. ";
    private static final String HIGH_RISK = "the risk of opioid misuse, abuse or addiction is high (history, aberrant "
            + "behaviour, screen)";

    private static List<Draft> drafts(String record, String... requests) {
        CaseDates dates = new CaseDates(Optional.of(LocalDate.parse(DECIDED)), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(LocalDate.parse(INJURED)));
        return Drafts.ENGINE.draft(new CaseForDetermination(dates, record, List.of(requests)));
    }

    private static CriterionFinding criterion(Draft d, String recommendation, String words) {
        return d.trace().recommendations().stream().filter(r -> r.id().equals(recommendation))
                .flatMap(r -> r.criteria().stream()).flatMap(c -> flatten(c).stream())
                .filter(c -> c.criterion().equals(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no criterion '" + words + "' in\n" + explain(d)));
    }

    private static List<CriterionFinding> flatten(CriterionFinding c) {
        List<CriterionFinding> all = new java.util.ArrayList<>(List.of(c));
        c.parts().forEach(p -> all.addAll(flatten(p)));
        return all;
    }

    private static RecommendationTrace.Conclusion conclusion(Draft d, String recommendation) {
        return d.trace().recommendations().stream().filter(r -> r.id().equals(recommendation)).findFirst()
                .orElseThrow(() -> new AssertionError(recommendation + " not traced in\n" + explain(d))).conclusion();
    }

    @Test
    void twoFactsSharingWordsAreBothDocumented() {
        List<Draft> d = drafts(SHOULDER, "Right shoulder arthroscopic rotator cuff repair",
                "Orthopedic surgery consultation for the right shoulder");

        CriterionFinding tear = criterion(d.get(0), "acoem-2004-shoulder.rotator-cuff-repair",
                "imaging shows a rotator cuff tear");
        assertThat(tear.verdict()).as(explain(d.get(0))).isEqualTo(Verdict.MET);
        assertThat(tear.evidence()).extracting(Evidence::quote).containsExactly("tear of the supraspinatus");
        assertThat(d.get(0).outcome()).as(explain(d.get(0))).isEqualTo(DraftOutcome.OVERTURNED);

        CriterionFinding lesion = criterion(d.get(1), "acoem-2004-shoulder.surgical-consultation",
                "clear clinical and imaging (and electrophysiologic) evidence shows a lesion known to benefit from "
                        + "surgical repair");
        assertThat(lesion.verdict()).isEqualTo(Verdict.MET);
        assertThat(lesion.evidence()).extracting(Evidence::quote).containsExactly("complete tear");
    }

    @Test
    void anAgainstPhraseStillCancelsTheFactItOverlaps() {
        Draft d = drafts(OPIOIDS + "She is at low risk for opioid misuse.", "Urine drug screen").get(0);

        assertThat(conclusion(d, "odg.urine-drug-testing.high-risk"))
                .isEqualTo(RecommendationTrace.Conclusion.DOES_NOT_APPLY);
        CriterionFinding high = criterion(d, "odg.urine-drug-testing.recent-screen", HIGH_RISK);
        assertThat(high.verdict()).as(explain(d)).isEqualTo(Verdict.NOT_MET);
        assertThat(high.evidence()).extracting(Evidence::quote).containsExactly("low risk for opioid");
    }

    @Test
    void anAgainstPhraseCancelsAPhraseItSharesOnlyItsLastWordWith() {
        Draft d = drafts(OPIOIDS + "The ORT places her at low risk for aberrant drug behavior.", "Urine drug screen")
                .get(0);

        CriterionFinding high = criterion(d, "odg.urine-drug-testing.recent-screen", HIGH_RISK);
        assertThat(high.verdict()).as(explain(d)).isEqualTo(Verdict.NOT_MET);
        assertThat(high.evidence()).extracting(Evidence::quote).containsExactly("low risk for aberrant");
    }

    @Test
    void theSameWordsAffirmedWithoutTheAgainstPhraseDocumentTheFact() {
        Draft d = drafts(OPIOIDS + "There are concerns about opioid misuse.", "Urine drug screen").get(0);

        CriterionFinding high = criterion(d, "odg.urine-drug-testing.recent-screen", HIGH_RISK);
        assertThat(high.verdict()).as(explain(d)).isEqualTo(Verdict.MET);
        assertThat(high.evidence()).extracting(Evidence::quote).containsExactly("opioid misuse");
    }
}

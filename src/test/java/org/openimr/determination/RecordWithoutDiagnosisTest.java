package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;

import org.junit.jupiter.api.Test;

/**
 * A record that names no diagnosis the engine reads: the rules written for any diagnosis decide, not every rule written
 * for one diagnosis at once (where the strictest would win).
 */
class RecordWithoutDiagnosisTest {

    private static final String DATE = "2015-06-01";
    private static final String INJURY = "2013-03-10";
    private static final String BACK = "A 52-year-old man has chronic low back pain rated 6/10, worse with bending, since "
            + "an injury at work. He takes no medication. He reports anxiety and poor sleep.";

    @Test
    void anNsaidForBackPainIsNotJudgedAsOneForNeuropathicPain() {
        Draft d = draft(BACK, "Naproxen 550 mg #60", DATE, INJURY);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
        assertThat(d.trace().recommendations()).extracting(RecommendationTrace::id)
                .doesNotContain("cpmtg-2009.nsaids.neuropathic", "cpmtg-2009.nsaids.osteoarthritis");
    }

    @Test
    void psychotherapyIsNotJudgedByTheRulesForADepressionOrPtsdDiagnosis() {
        Draft d = draft(BACK, "Psychotherapy 6 sessions", DATE, INJURY);
        assertThat(d.trace().recommendations()).extracting(RecommendationTrace::id)
                .contains("cpmtg-2009.psychological-treatment")
                .doesNotContain("acoem-2004-stress.referral", "odg.psychotherapy");
    }

    @Test
    void aDiagnosisRuleStillDecidesWhereNoOtherAddressesTheRequest() {
        Draft d = draft(BACK, "Physical therapy 6 visits", DATE, INJURY);
        assertThat(d.trace().recommendations()).extracting(RecommendationTrace::id)
                .contains("cpmtg-2009.physical-medicine.myalgia", "cpmtg-2009.physical-medicine.neuralgia");
    }

    @Test
    void anNsaidWithNeitherDiagnosisNorRegionIsStillDecided() {
        // the rules for any diagnosis (monitoring, a second NSAID) apply only under conditions of their own
        Draft d = draft("A 40-year-old man was hurt at work. He takes no medication.", "Naproxen 550 mg #60", DATE,
                INJURY);
        assertThat(d.outcome()).as(explain(d)).isNotEqualTo(DraftOutcome.REFER);
    }
}

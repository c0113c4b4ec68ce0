package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;

import org.junit.jupiter.api.Test;

/**
 * Criteria read as English in drafts: a fact after "the record does not document that", a list of treatments tried in
 * the vocabulary's words, a trial named once. Synthetic records.
 */
class CriterionWordingTest {

    private static final String DATE = "2016-11-01";
    private static final String INJURY = "2014-04-02";

    @Test
    void conservativeCareIsListedInTheVocabularysWords() {
        Draft d = draft("A 52-year-old painter has right shoulder pain for three months with a painful arc.",
                "Subacromial injection of the right shoulder", DATE, INJURY);
        assertThat(explain(d)).contains("(including exercise and non-steroidal "
                + "anti-inflammatory drugs)").doesNotContain("nsaid");
    }

    @Test
    void anIntrathecalTrialIsNamedOnce() {
        Draft d = draft("A 61-year-old mechanic with failed back surgery syndrome and intractable pain despite "
                + "opioids and injections.", "Intrathecal pump implantation", DATE, INJURY);
        assertThat(explain(d)).doesNotContain("idds").doesNotContain("trial of idds trial")
                .contains("a successful temporary trial of intrathecal drug delivery");
    }

    @Test
    void anUndocumentedFactReadsAsAClause() {
        Draft d = draft("A 47-year-old nurse with chronic knee pain.", "Vitamin D3 2000 IU daily", DATE, INJURY);
        assertThat(d.rationale()).as(explain(d)).contains("does not document that the vitamin D level is low")
                .doesNotContain("is documented");
    }

    @Test
    void aCriterionThatAFactBeAbsentSaysSoInWords() {
        Draft d = draft("Chronic low back pain since a fall at work. Diagnosis: lumbar radiculopathy. Examination shows "
                + "decreased sensation in the left L5 dermatome.", "Trigger point injections x4", DATE, INJURY);
        assertThat(d.rationale()).as(explain(d)).contains("Not met - radiculopathy is absent (on examination, imaging and electrodiagnostic testing)")
                .doesNotContain("not: ").doesNotContain("it is not so that");
    }
}

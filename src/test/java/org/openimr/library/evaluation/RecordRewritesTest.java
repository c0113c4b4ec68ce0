package org.openimr.library.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rewrites change the words they name and nothing else. Synthetic sentences. */
class RecordRewritesTest {

    @Test
    void eachRewriteChangesOnlyItsWords() {
        assertThat(RecordRewrites.sidesAsLetters("Right knee pain and L4-5 disc; left sided low back pain."))
                .isEqualTo("R knee pain and L4-5 disc; left sided low back pain.");
        assertThat(RecordRewrites.ptAsPhysicalTherapy("PT x 6; PT/INR normal; PTT normal."))
                .isEqualTo("physical therapy x 6; PT/INR normal; PTT normal.");
        assertThat(RecordRewrites.xAsTimes("PT x 6, then 2x4, then x-rays.")).isEqualTo("PT times 6, then 2 times 4, "
                + "then x-rays.");
        assertThat(RecordRewrites.countsAsWords("6 sessions on 1/2/2016, 1-2 days, 1.5 weeks."))
                .isEqualTo("six sessions on 1/2/2016, 1-2 days, 1.5 weeks.");
        assertThat(RecordRewrites.datesAsWords("Seen 03/04/2016.")).isEqualTo("Seen March 4, 2016.");
        assertThat(RecordRewrites.datesAsNumbers("Seen March 4, 2016.")).isEqualTo("Seen 03/04/2016.");
        assertThat(RecordRewrites.sexSwapped("He told her his knee hurts; she gave him ice."))
                .isEqualTo("She told him her knee hurts; he gave her ice.");
        assertThat(RecordRewrites.levelsInFull("L4-5 and L5-S1")).isEqualTo("L4-L5 and L5-S1");
        assertThat(RecordRewrites.levelsShort("L4-L5 and L5-S1")).isEqualTo("L4-5 and L5-S1");
        assertThat(RecordRewrites.contracted("She does not drive. Cannot sit.")).isEqualTo("She doesn't drive. Can't sit.");
        assertThat(RecordRewrites.expanded("She doesn’t drive.")).isEqualTo("She does not drive.");
        assertThat(RecordRewrites.sentencesOnTheirOwnLines("Pain is 7/10. Dr. Smith saw her. Exam normal."))
                .isEqualTo("Pain is 7/10. Dr. Smith saw her.\nExam normal.");
        assertThat(RecordRewrites.positiveAsPlus("positive Spurling's, positive for THC"))
                .isEqualTo("+Spurling's, positive for THC");
    }
}

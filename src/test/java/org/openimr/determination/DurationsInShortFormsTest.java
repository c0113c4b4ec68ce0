package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;

import org.junit.jupiter.api.Test;

/**
 * A duration of symptoms written short ("low back pain for 10 mos", "for 6 wks", "for 2 yrs") dates the onset as the
 * full word does, so the phase of care and the guideline that governs are the same. Found by rewriting the
 * development letters' summaries (RewrittenDevelopmentLettersTest, session 14). Synthetic records written for OpenIMR.
 */
class DurationsInShortFormsTest {

    static final String RECORD = "The injured worker is a 41 year old female cashier. She reports %s pain for 10 %s. "
            + "On 06/01/2016 she had lumbar tenderness and spasm with limited flexion. She has done 6 sessions of PT. "
            + "The physician requested chiropractic treatment for the low back, 12 visits, which UR non-certified on "
            + "06/10/2016.";
    static final String REQUEST = "Chiropractic treatment for the lumbar spine, 12 visits";

    @Test
    void monthsWrittenShortDateTheOnsetAsMonthsDo() {
        Draft full = draft(String.format(RECORD, "low back", "months"), REQUEST, "2016-06-10", "2016-04-20");
        Draft shortForm = draft(String.format(RECORD, "low back", "mos"), REQUEST, "2016-06-10", "2016-04-20");
        // ten months of pain make the care chronic, where the date of injury alone would not
        assertThat(full.citationText()).as(explain(full)).contains("Chronic Pain");
        assertThat(shortForm.citationText()).as(explain(shortForm)).isEqualTo(full.citationText());
        assertThat(shortForm.outcome()).isEqualTo(full.outcome());
    }

    // guard: a short duration of another part dates nothing for the low back, as the full word does not
    @Test
    void monthsWrittenShortOfAnotherPartDateNothing() {
        Draft full = draft(String.format(RECORD, "left knee", "months"), REQUEST, "2016-06-10", "2016-04-20");
        Draft shortForm = draft(String.format(RECORD, "left knee", "mos"), REQUEST, "2016-06-10", "2016-04-20");
        assertThat(shortForm.citationText()).as(explain(shortForm)).isEqualTo(full.citationText());
        assertThat(shortForm.outcome()).isEqualTo(full.outcome());
        assertThat(full.citationText()).as(explain(full)).doesNotContain("Chronic Pain");
    }
}

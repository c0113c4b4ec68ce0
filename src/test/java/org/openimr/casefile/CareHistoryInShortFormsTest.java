package org.openimr.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.casefile.Texts.extract;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A sentence of treatment history written with "tx" for "treatment" ("Tx has included acupuncture", "his prior
 * relevant tx included injections") reports care tried as the full word does. Found by rewriting the development
 * letters' summaries (RewrittenDevelopmentLettersTest, session 14). Synthetic sentences.
 */
class CareHistoryInShortFormsTest {

    static List<String> care(String text) {
        return extract(text).conservativeCare().stream()
                .map(c -> c.kind() + " " + c.response() + " " + c.assertion()).toList();
    }

    @Test
    void txOpensATreatmentHistoryAsTreatmentDoes() {
        String full = "She has neck pain radiating to the hand. Treatment has included acupuncture, a TENS unit and "
                + "naproxen.";
        assertThat(care(full)).isNotEmpty();
        assertThat(care(full.replace("Treatment", "Tx"))).isEqualTo(care(full));
        String prior = "His prior relevant treatment included two trigger point injections and tramadol.";
        assertThat(care(prior)).isNotEmpty();
        assertThat(care(prior.replace("treatment", "tx"))).isEqualTo(care(prior));
        String conservative = "He has failed conservative treatment.";
        assertThat(care(conservative.replace("treatment", "tx"))).isEqualTo(care(conservative));
    }

    // guard: "tx" is a history only where "treatment" would be; a plan stays a plan
    @Test
    void aTxPlanIsNoCareTried() {
        String plan = "The tx plan included physical therapy and medication.";
        assertThat(care(plan)).isEqualTo(care(plan.replace("tx", "treatment")));
        assertThat(care(plan)).noneMatch(c -> c.contains("FAILED"));
    }
}

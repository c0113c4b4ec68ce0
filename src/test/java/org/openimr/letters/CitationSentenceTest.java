package org.openimr.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openimr.letters.CitationSentence.Citer;
import org.openimr.shared.GuidelineCitation;
import org.openimr.shared.PageRange;

class CitationSentenceTest {

    @Test
    void mtusWithEditionAndSections() {
        GuidelineCitation c = GuidelineCitation.mtus("Chronic Pain Medical Treatment", "2016",
                List.of("Opioids, criteria for use", "Muscle relaxants (for pain)"), List.of(), List.of(), null);
        assertThat(CitationSentence.of(c, Citer.CLAIMS_ADMINISTRATOR)).isEqualTo("Decision based on MTUS Chronic Pain "
                + "Medical Treatment 2016, Section(s): Opioids, criteria for use, Muscle relaxants (for pain).");
    }

    @Test
    void mtusWithPagesAndNoEditionAsThe2014Letters() {
        GuidelineCitation c = GuidelineCitation.mtus("Chronic Pain Medical Treatment Guidelines", null, List.of(),
                List.of(new PageRange(98, 99), PageRange.single(112)), List.of(), null);
        assertThat(CitationSentence.of(c, Citer.EXPERT_REVIEWER))
                .isEqualTo("Decision based on MTUS Chronic Pain Medical Treatment Guidelines Page(s): 98-99, 112.");
    }

    @Test
    void mtusWithSectionsPagesAndOtherSourcesEachInItsOwnSentence() {
        GuidelineCitation c = GuidelineCitation.mtus("Low Back Complaints", "2004", List.of("Special Studies"),
                List.of(new PageRange(303, 305)), List.of("Official Disability Guidelines (ODG), Low Back Chapter",
                        "UpToDate, Treatment of acute low back pain"), null);
        assertThat(CitationSentence.of(c, Citer.CLAIMS_ADMINISTRATOR)).isEqualTo(
                "Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies, Page(s): 303-305. "
                        + "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Low Back Chapter. "
                        + "Decision based on Non-MTUS Citation UpToDate, Treatment of acute low back pain.");
    }

    @Test
    void mtusWithNothingButTheGuideline() {
        GuidelineCitation c = GuidelineCitation.mtus("Acupuncture Treatment", "2007", List.of(), List.of(), List.of(),
                null);
        assertThat(CitationSentence.of(c, Citer.EXPERT_REVIEWER))
                .isEqualTo("Decision based on MTUS Acupuncture Treatment 2007.");
    }

    @Test
    void nonMtusNamesWhoseDecisionItWas() {
        GuidelineCitation c = GuidelineCitation.nonMtus(List.of("ODG Knee & Leg, MRI"), null);
        assertThat(CitationSentence.of(c, Citer.CLAIMS_ADMINISTRATOR)).isEqualTo("The Claims Administrator based "
                + "their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS "
                + "Citation ODG Knee & Leg, MRI.");
        assertThat(CitationSentence.of(c, Citer.EXPERT_REVIEWER)).startsWith("The Expert Reviewer based their decision");
    }

    @Test
    void noEvidenceCited() {
        assertThat(CitationSentence.of(GuidelineCitation.none("whatever the text was"), Citer.CLAIMS_ADMINISTRATOR))
                .isEqualTo("The Claims Administrator did not cite any medical evidence for its decision.");
        assertThat(CitationSentence.of(GuidelineCitation.none(null), Citer.EXPERT_REVIEWER))
                .isEqualTo("The Expert Reviewer did not cite any medical evidence for their decision.");
    }

    @Test
    void aSourceEndingInAFullStopGetsNoSecondOne() {
        GuidelineCitation c = GuidelineCitation.nonMtus(List.of("Smith et al."), null);
        assertThat(CitationSentence.of(c, Citer.EXPERT_REVIEWER)).endsWith("Citation Smith et al.");
    }

    @Test
    void withSentenceSetsTheTextAndKeepsTheFields() {
        GuidelineCitation c = GuidelineCitation.mtus("Knee Complaints", "2004", List.of("Summary"), List.of(),
                List.of(), "old text");
        GuidelineCitation written = CitationSentence.withSentence(c, Citer.EXPERT_REVIEWER);
        assertThat(written.text()).isEqualTo("Decision based on MTUS Knee Complaints 2004, Section(s): Summary.");
        assertThat(written).usingRecursiveComparison().ignoringFields("text").isEqualTo(c);
    }
}

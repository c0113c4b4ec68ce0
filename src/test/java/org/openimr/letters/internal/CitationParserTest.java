package org.openimr.letters.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openimr.shared.CitationBasis;
import org.openimr.shared.GuidelineCitation;
import org.openimr.shared.PageRange;

class CitationParserTest {

    @Test
    void mtusWithEditionAndSection() {
        GuidelineCitation c = CitationParser.parse("Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.");
        assertThat(c).isEqualTo(GuidelineCitation.mtus("Low Back Complaints", "2004", List.of("Special Studies"), List.of(),
                List.of(), "Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies."));
    }

    @Test
    void mtusWithPagesAndNoEdition() {
        GuidelineCitation c = CitationParser.parse("Decision based on MTUS Chronic Pain Treatment Guidelines Page(s):\n98-9.");
        assertThat(c.guideline()).isEqualTo("Chronic Pain Treatment Guidelines");
        assertThat(c.edition()).isNull();
        assertThat(c.pages()).containsExactly(new PageRange(98, 99));
        assertThat(c.text()).isEqualTo("Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): 98-9.");
    }

    @Test
    void sectionListsSplitAtCommasBeforeCapitalsOrDigitsOnly() {
        assertThat(CitationParser.splitSections("Initial Care, Activity Modification, Special Studies, Summary."))
                .containsExactly("Initial Care", "Activity Modification", "Special Studies", "Summary");
        assertThat(CitationParser.splitSections("Muscle relaxants (for pain), Cyclobenzaprine (Flexeril)"))
                .containsExactly("Muscle relaxants (for pain)", "Cyclobenzaprine (Flexeril)");
        assertThat(CitationParser.splitSections("TENS, chronic pain (transcutaneous electrical nerve stimulation)"))
                .containsExactly("TENS, chronic pain (transcutaneous electrical nerve stimulation)");
        assertThat(CitationParser.splitSections("Work conditioning, work hardening"))
                .containsExactly("Work conditioning, work hardening");
        assertThat(CitationParser.splitSections("NSAIDs (non-steroidal anti-inflammatory drugs, Specific, Listed), Opioids"))
                .containsExactly("NSAIDs (non-steroidal anti-inflammatory drugs, Specific, Listed)", "Opioids");
        assertThat(CitationParser.splitSections("3. Opioids for Chronic Pain: Overview of Recommendations, "
                + "3.3.4 Opioids for Chronic Pain: Use of CURES")).containsExactly(
                "3. Opioids for Chronic Pain: Overview of Recommendations", "3.3.4 Opioids for Chronic Pain: Use of CURES");
        assertThat(CitationParser.splitSections("326.")).containsExactly("326");
    }

    @Test
    void severalMtusCitationsKeepTheFirstAndANameWithCommasStaysWhole() {
        GuidelineCitation c = CitationParser.parse("Decision based on MTUS Shoulder Complaints 2004, Section(s): Summary, and"
                + " Opioid Treatment 2016, Section(s): 1.4 Opioids for Acute Pain: Opioids for Post-operative Pain.");
        assertThat(c.guideline()).isEqualTo("Shoulder Complaints");
        assertThat(c.edition()).isEqualTo("2004");
        assertThat(c.sections()).containsExactly("Summary");

        GuidelineCitation hand = CitationParser.parse(
                "Decision based on MTUS Forearm, Wrist, and Hand Complaints 2004, Section(s): Special Studies.");
        assertThat(hand.guideline()).isEqualTo("Forearm, Wrist, and Hand Complaints");
        assertThat(hand.edition()).isEqualTo("2004");
    }

    @Test
    void mtusBesideOtherSourcesIsMtusAndKeepsTheOthers() {
        GuidelineCitation c = CitationParser.parse("Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s):"
                + " Manual therapy & manipulation. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG)"
                + " Neck and Upper Back (Acute and Chronic) Manipulation and ODG Chiropractic Guidelines.");
        assertThat(c.basis()).isEqualTo(CitationBasis.MTUS);
        assertThat(c.guideline()).isEqualTo("Chronic Pain Medical Treatment");
        assertThat(c.sections()).containsExactly("Manual therapy & manipulation");
        assertThat(c.otherSources()).containsExactly(
                "Official Disability Guidelines (ODG) Neck and Upper Back (Acute and Chronic) Manipulation",
                "ODG Chiropractic Guidelines");
    }

    @Test
    void nonMtusSourcesAreSplitWhereANewSourceVisiblyStarts() {
        GuidelineCitation c = CitationParser.parse("The Expert Reviewer based their decision on recommendation(s) outside of"
                + " the MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Hips and"
                + " Pelvis (Acute and Chronic), MRI (magnetic resonance imaging) and Other Medical Treatment Guidelines ACOEM"
                + " Hip and Groin Disorders, Diagnostic Testing, MRI.");
        assertThat(c.basis()).isEqualTo(CitationBasis.NON_MTUS);
        assertThat(c.guideline()).isNull();
        assertThat(c.otherSources()).containsExactly(
                "Official Disability Guidelines (ODG) Hips and Pelvis (Acute and Chronic), MRI (magnetic resonance imaging)",
                "ACOEM Hip and Groin Disorders, Diagnostic Testing, MRI");

        GuidelineCitation urls = CitationParser.parse("Decision based on Non-MTUS Citation https://example.org/a-b,"
                + " https://example.org/c.");
        assertThat(urls.otherSources()).containsExactly("https://example.org/a-b", "https://example.org/c");

        GuidelineCitation initial = CitationParser.parse("Decision based on Non-MTUS Citation Official Disability Guidelines"
                + " (ODG), Low back - Manipulation Harris J. Occupational medicine practice guidelines, 2nd edition (2004).");
        assertThat(initial.otherSources()).as("an initial's full stop ends no sentence").containsExactly(
                "Official Disability Guidelines (ODG), Low back - Manipulation Harris J. Occupational medicine practice"
                        + " guidelines, 2nd edition (2004)");
    }

    @Test
    void outsideTheMtusButNoSourceNamedIsStillNonMtus() {
        GuidelineCitation c = CitationParser.parse("The Claims Administrator based their decision on recommendation(s)"
                + " outside of the MTUS Guidelines. Decision based on Non-MTUS Citation");
        assertThat(c.basis()).isEqualTo(CitationBasis.NON_MTUS);
        assertThat(c.otherSources()).isEmpty();
    }

    @Test
    void nothingCited() {
        assertThat(CitationParser.parse("The Claims Administrator did not cite any medical evidence for its decision."))
                .isEqualTo(GuidelineCitation.none("The Claims Administrator did not cite any medical evidence for its decision."));
        assertThat(CitationParser.parse("").basis()).isEqualTo(CitationBasis.NONE);
        assertThat(CitationParser.parse("Withheld.").basis()).as("a blinded copy").isEqualTo(CitationBasis.NONE);
    }

    @Test
    void proseOfTheOlderLetters() {
        GuidelineCitation c = CitationParser.parse("The Claims Administrator based its decision on the MTUS Chronic Pain"
                + " Medical Treatment Guidelines, Epidural steroid injections (ESIs), page 46, which is part of the MTUS.");
        assertThat(c.basis()).isEqualTo(CitationBasis.MTUS);
        assertThat(c.guideline()).isEqualTo("Chronic Pain Medical Treatment Guidelines");
        assertThat(c.sections()).containsExactly("Epidural steroid injections (ESIs)");
        assertThat(c.pages()).containsExactly(PageRange.single(46));

        GuidelineCitation odg = CitationParser.parse("The Claims Administrator based its decision on the Official"
                + " Disability Guidelines (ODG), Knee Chapter, which is not part of the MTUS.");
        assertThat(odg.basis()).isEqualTo(CitationBasis.NON_MTUS);
        assertThat(odg.otherSources()).containsExactly("Official Disability Guidelines (ODG), Knee Chapter");
    }

    @Test
    void aBackwardsPageRangeIsLeftOutNotFatal() {
        GuidelineCitation c = CitationParser.parse("Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): 98-2, 46.");
        assertThat(c.pages()).containsExactly(PageRange.single(46));
    }
}

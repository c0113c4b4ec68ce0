package org.openimr.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openimr.letters.DisputedRequest.UrModification;
import org.openimr.shared.CaseNumber;
import org.openimr.shared.GuidelineCitation;
import org.openimr.shared.Outcome;
import org.openimr.shared.PageRange;
import org.openimr.shared.Priority;

/**
 * Exact parses of the seed letter (layout B) and of the synthetic fixtures in src/test/resources/letters, one or more
 * per layout, written in our own words: every header field, the credentials, the patient, and every item's request,
 * modification, outcome and both citations.
 */
class LetterFixturesTest {

    private final LetterParser parser = new LetterParser();

    @Test
    void seedLetterOfLayoutB() throws Exception {
        Path seed = Path.of("..", "shared", "corpus", "seed", "fdl-2014-physical-therapy.txt");
        assumeTrue(Files.isRegularFile(seed), "the seed letter is absent (" + seed + "): skipping");
        FinalDeterminationLetter letter = parser.parse(seed);

        assertThat(letter.layout()).isEqualTo(Layout.NARRATIVE_2014);
        assertThat(letter.caseNumber()).isNull();
        assertThat(letter.dates()).isEqualTo(LetterDates.none());
        assertThat(letter.priority()).isNull();
        assertThat(letter.reviewer().certifications()).containsExactly("Physical Medicine and Rehabilitation");
        assertThat(letter.reviewer().subspecialties()).containsExactly("Interventional Spine");
        assertThat(letter.reviewer().licensureStates()).containsExactly("California");
        assertThat(letter.reviewer().qualifications()).startsWith("MAXIMUS Federal Services sent the complete case file")
                .endsWith("Independent Medical Review determinations.");
        assertThat(letter.patient()).isEqualTo(new PatientAsStated(49, Sex.MALE));
        assertThat(letter.clinicalCaseSummary()).startsWith("This is a 49 year-old male who was injured on 5/31/2012.")
                .endsWith("34 PT sessions since Jan. 2013 and 8 aquatic sessions since Oct. 2013.");
        assertThat(letter.documentsReviewed()).isEmpty();
        assertThat(letter.items()).hasSize(1);
        ItemDetermination item = letter.items().get(0);
        assertThat(item.request()).isEqualTo(DisputedRequest.of("additional physical therapy for the lumbar spine 3 x 4"));
        assertThat(item.outcome()).isEqualTo(Outcome.UPHELD);
        assertThat(item.claimsAdministratorGuideline()).isEqualTo(GuidelineCitation.mtus(
                "Chronic Pain Treatment Guidelines", null, List.of(), List.of(new PageRange(98, 99)), List.of(),
                "Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): 98-99."));
        assertThat(item.reviewerGuideline()).isEqualTo(GuidelineCitation.mtus(
                "Chronic Pain Treatment Guidelines", null, List.of(), List.of(new PageRange(98, 99)), List.of(),
                "Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): 98-9."));
        assertThat(item.rationale()).startsWith("The patient presents with back pain.")
                .contains("treatment period is 6-months, and the patient is beyond")
                .endsWith("will exceed the MTUS recommendations.");
    }

    @Test
    void headerLayoutExpeditedWithBothModifiedRequestFormsAndWrappedLines() throws Exception {
        FinalDeterminationLetter letter = parser.parse(fixture("header2016-expedited-modified.txt"));

        assertThat(letter.layout()).isEqualTo(Layout.HEADER_2016);
        assertThat(letter.caseNumber()).isEqualTo(CaseNumber.of("CM16-9100201"));
        assertThat(letter.dates()).isEqualTo(new LetterDates(LocalDate.of(2016, 12, 12), LocalDate.of(2016, 10, 3),
                LocalDate.of(2016, 12, 15), LocalDate.of(2016, 12, 2), LocalDate.of(2016, 12, 9)));
        assertThat(letter.priority()).isEqualTo(Priority.EXPEDITED);
        assertThat(letter.reviewer().licensureStates()).containsExactly("Oregon", "California", "Nevada");
        assertThat(letter.reviewer().certifications())
                .containsExactly("Orthopaedic Surgery", "Sports Medicine", "Hand Surgery (Upper Extremity)");
        assertThat(letter.reviewer().subspecialties()).isEmpty();
        assertThat(letter.reviewer().qualifications()).startsWith("MAXIMUS Federal Services sent the complete case file")
                .endsWith("experience with the condition and the disputed services.");
        assertThat(letter.patient()).isEqualTo(new PatientAsStated(44, Sex.FEMALE));
        assertThat(letter.clinicalCaseSummary()).startsWith("The injured worker is a 44 year old female who fell")
                .endsWith("modified the therapy request and denied the other requests.");
        assertThat(letter.items()).hasSize(4);

        ItemDetermination therapy = letter.items().get(0);
        assertThat(therapy.request()).isEqualTo(new DisputedRequest("Occupational therapy for the right wrist, twelve visits",
                Optional.of(new UrModification("Occupational therapy for the right wrist, twelve visits",
                        "occupational therapy for the right wrist, six visits"))));
        assertThat(therapy.outcome()).isEqualTo(Outcome.OVERTURNED);
        assertThat(therapy.claimsAdministratorGuideline()).isEqualTo(GuidelineCitation.mtus(
                "Forearm, Wrist, and Hand Complaints", "2004", List.of("Initial Care", "Physical Methods"), List.of(),
                List.of("Official Disability Guidelines (ODG), Forearm, Wrist & Hand (Acute & Chronic), Physical/Occupational therapy"),
                "Decision based on MTUS Forearm, Wrist, and Hand Complaints 2004, Section(s): Initial Care, Physical Methods."
                        + " Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Forearm, Wrist &"
                        + " Hand (Acute & Chronic), Physical/Occupational therapy."));
        assertThat(therapy.reviewerGuideline()).isEqualTo(GuidelineCitation.mtus("Postsurgical Treatment", "2009",
                List.of("Carpal tunnel syndrome (ICD9 354.0)"), List.of(), List.of(),
                "Decision based on MTUS Postsurgical Treatment 2009, Section(s): Carpal tunnel syndrome (ICD9 354.0), and"
                        + " Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment."));
        assertThat(therapy.rationale()).endsWith("twelve visits is medically necessary.");

        ItemDetermination study = letter.items().get(1);
        assertThat(study.request()).isEqualTo(new DisputedRequest(
                "Nerve conduction study of the right upper extremity, repeat study",
                Optional.of(new UrModification("Nerve conduction study of the right upper extremity, one study",
                        "One study"))));
        assertThat(study.outcome()).isEqualTo(Outcome.UPHELD);
        assertThat(study.claimsAdministratorGuideline()).isEqualTo(GuidelineCitation.none(
                "The Claims Administrator did not cite any medical evidence for its decision."));
        assertThat(study.reviewerGuideline().sections()).containsExactly("Electrodiagnostic testing (EMG/NCS)",
                "TENS, chronic pain (transcutaneous electrical nerve stimulation)", "Work conditioning, work hardening");
        assertThat(study.rationale()).isEqualTo("A repeat study within the same month adds nothing to the first one,"
                + " which has not yet been read. The remaining portion of the request is not medically necessary.");

        ItemDetermination needle = letter.items().get(2);
        assertThat(needle.request()).isEqualTo(DisputedRequest.of("Needle electro-myography of the cervical paraspinal muscles"));
        assertThat(needle.outcome()).isEqualTo(Outcome.UPHELD);
        assertThat(needle.claimsAdministratorGuideline()).isEqualTo(GuidelineCitation.nonMtus(List.of(
                "Official Disability Guidelines (ODG), Neck and Upper Back, Electromyography (EMG)",
                "https://www.example.org/emg-neck", "ODG Pain Chapter"),
                "The Claims Administrator based their decision on recommendation(s) outside of the MTUS Guidelines."
                        + " Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Neck and Upper Back,"
                        + " Electromyography (EMG), https://www.example.org/emg-neck and ODG Pain Chapter."));
        assertThat(needle.reviewerGuideline()).isEqualTo(GuidelineCitation.nonMtus(
                List.of("UpToDate, Overview of cervical radiculopathy"),
                "The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines."
                        + " Decision based on Non-MTUS Citation UpToDate, Overview of cervical radiculopathy."));
        assertThat(needle.rationale()).endsWith("paraspinal muscles is not medically necessary.");

        // the rationale above runs into this item's header without a blank line
        ItemDetermination splint = letter.items().get(3);
        assertThat(splint.request()).isEqualTo(DisputedRequest.of("Wrist splint for night use, purchase"));
        assertThat(splint.reviewerGuideline()).isEqualTo(GuidelineCitation.mtus("Forearm, Wrist, and Hand Complaints",
                "2004", List.of(), List.of(), List.of(), "Decision based on MTUS Forearm, Wrist, and Hand Complaints 2004."));
        assertThat(splint.rationale()).isEqualTo(
                "A night splint was already supplied in the emergency room and is still in use. A second one is not"
                        + " medically necessary.");
    }

    @Test
    void documentsLayoutWithBulletsPagesAndProseCredentials() throws Exception {
        FinalDeterminationLetter letter = parser.parse(fixture("documents2015-bulleted.txt"));

        assertThat(letter.layout()).isEqualTo(Layout.DOCUMENTS_2015);
        assertThat(letter.caseNumber()).isEqualTo(CaseNumber.of("CM15-9100301"));
        assertThat(letter.dates()).isEqualTo(new LetterDates(LocalDate.of(2015, 4, 6), LocalDate.of(2013, 7, 19),
                LocalDate.of(2015, 5, 1), LocalDate.of(2015, 3, 20), LocalDate.of(2015, 3, 31)));
        assertThat(letter.priority()).isEqualTo(Priority.STANDARD);
        assertThat(letter.reviewer().certifications()).containsExactly("Internal Medicine");
        assertThat(letter.reviewer().subspecialties()).containsExactly("Rheumatology");
        assertThat(letter.reviewer().licensureStates()).containsExactly("Arizona", "California", "New Mexico");
        assertThat(letter.documentsReviewed()).extracting(DocumentReviewed::description).containsExactly(
                "Application for Independent Medical Review, received 03/31/2015",
                "Utilization Review determination dated 03/20/2015",
                "Records of the primary treating physician from 08/2014 through 02/2015",
                "Medical Treatment Utilization Schedule");
        assertThat(letter.patient()).isEqualTo(new PatientAsStated(57, Sex.MALE));
        assertThat(letter.items()).extracting(i -> i.request().text(), ItemDetermination::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Celecoxib 200mg #30", Outcome.OVERTURNED),
                org.assertj.core.groups.Tuple.tuple("Urine drug screen, quarterly", Outcome.UPHELD));
        assertThat(letter.items().get(0).claimsAdministratorGuideline()).isEqualTo(GuidelineCitation.nonMtus(
                List.of("ODG Pain Chapter, NSAIDs, GI symptoms & cardiovascular risk"),
                "Decision based on Non-MTUS Citation ODG Pain Chapter, NSAIDs, GI symptoms & cardiovascular risk."));
        assertThat(letter.items().get(0).reviewerGuideline()).isEqualTo(GuidelineCitation.mtus(
                "Chronic Pain Medical Treatment Guidelines", null, List.of(),
                List.of(new PageRange(67, 68), PageRange.single(70)), List.of(),
                "Decision based on MTUS Chronic Pain Medical Treatment Guidelines Page(s): 67-8, 70."));
        assertThat(letter.items().get(1).claimsAdministratorGuideline().basis())
                .isEqualTo(org.openimr.shared.CitationBasis.NONE);
        assertThat(letter.items().get(1).reviewerGuideline()).isEqualTo(GuidelineCitation.mtus(
                "Chronic Pain Medical Treatment Guidelines", null, List.of(),
                List.of(PageRange.single(43), new PageRange(94, 95)),
                List.of("Official Disability Guidelines (ODG), Pain Chapter, Urine drug testing (UDT)"),
                "Decision based on MTUS Chronic Pain Medical Treatment Guidelines Page(s): 43, 94-5. Decision based on"
                        + " Non-MTUS Citation Official Disability Guidelines (ODG), Pain Chapter, Urine drug testing (UDT)."));
    }

    @Test
    void noticeLayoutWithNumberedSummaryAndProseCitations() throws Exception {
        FinalDeterminationLetter letter = parser.parse(fixture("notice2013-prose.txt"));

        assertThat(letter.layout()).isEqualTo(Layout.NOTICE_2013);
        assertThat(letter.caseNumber()).isEqualTo(CaseNumber.of("CM13-9100401"));
        // application filed, UR denial and NOARFI dates from the opening of the decision section
        assertThat(letter.dates()).isEqualTo(new LetterDates(LocalDate.of(2013, 9, 16), LocalDate.of(2012, 3, 22),
                LocalDate.of(2013, 10, 4), LocalDate.of(2013, 8, 29), LocalDate.of(2013, 9, 12)));
        assertThat(letter.priority()).isNull();
        assertThat(letter.reviewer().certifications()).containsExactly("Anesthesiology");
        assertThat(letter.reviewer().subspecialties()).containsExactly("Pain Medicine");
        assertThat(letter.reviewer().licensureStates()).containsExactly("California");
        assertThat(letter.patient()).isEqualTo(new PatientAsStated(39, Sex.FEMALE));
        assertThat(letter.clinicalCaseSummary()).startsWith("The patient is a 39-year-old woman who slipped");
        assertThat(letter.items()).hasSize(2);

        ItemDetermination injection = letter.items().get(0);
        assertThat(injection.request()).isEqualTo(DisputedRequest.of("a lumbar epidural steroid injection at L4-5"));
        assertThat(injection.outcome()).isEqualTo(Outcome.UPHELD);
        assertThat(injection.claimsAdministratorGuideline()).isEqualTo(GuidelineCitation.mtus(
                "Chronic Pain Medical Treatment Guidelines", null, List.of("Epidural steroid injections (ESIs)"),
                List.of(PageRange.single(46)), List.of(),
                "The Claims Administrator based its decision on the MTUS Chronic Pain Medical Treatment Guidelines,"
                        + " Epidural steroid injections (ESIs), page 46, which is part of the MTUS."));
        assertThat(injection.reviewerGuideline()).isEqualTo(GuidelineCitation.mtus(
                "Chronic Pain Medical Treatment Guidelines", null, List.of("Epidural steroid injections (ESIs)"),
                List.of(PageRange.single(46)), List.of("Official Disability Guidelines (ODG), Low Back Chapter"),
                "The Expert Reviewer relied on the MTUS Chronic Pain Medical Treatment Guidelines, Epidural steroid"
                        + " injections (ESIs), page 46, and the Official Disability Guidelines (ODG), Low Back Chapter,"
                        + " which is not part of the MTUS."));
        assertThat(injection.rationale()).endsWith("The injection is not medically necessary.");

        ItemDetermination aquatic = letter.items().get(1);
        assertThat(aquatic.request()).isEqualTo(DisputedRequest.of("8 sessions of aquatic therapy"));
        assertThat(aquatic.outcome()).isEqualTo(Outcome.OVERTURNED);
        assertThat(aquatic.claimsAdministratorGuideline()).isEqualTo(GuidelineCitation.none(
                "The Claims Administrator did not cite any evidence-based guidelines for its decision."));
        assertThat(aquatic.reviewerGuideline()).isEqualTo(GuidelineCitation.mtus(
                "Chronic Pain Medical Treatment Guidelines", null, List.of("Aquatic therapy"),
                List.of(PageRange.single(22)), List.of(),
                "The Expert Reviewer based his/her decision on the MTUS Chronic Pain Medical Treatment Guidelines,"
                        + " Aquatic therapy, page 22, which is part of the MTUS."));
    }

    @Test
    void medicalProfessionalReviewWithOneIssueAndWrappedHeadings() throws Exception {
        FinalDeterminationLetter letter = parser.parse(fixture("mpr-single-issue.txt"));

        assertThat(letter.layout()).isEqualTo(Layout.MEDICAL_PROFESSIONAL_REVIEW);
        assertThat(letter.caseNumber()).isEqualTo(CaseNumber.of("CM14-9100501"));
        assertThat(letter.dates()).isEqualTo(new LetterDates(null, LocalDate.of(2013, 6, 30), LocalDate.of(2014, 6, 18),
                LocalDate.of(2014, 5, 14), null));
        assertThat(letter.priority()).isNull();
        assertThat(letter.reviewer().certifications()).containsExactly("Occupational Medicine");
        assertThat(letter.reviewer().licensureStates()).containsExactly("Colorado");
        assertThat(letter.patient()).isEqualTo(new PatientAsStated(51, Sex.MALE));
        assertThat(letter.documentsReviewed()).extracting(DocumentReviewed::description).containsExactly(
                "Utilization review determination, 05/14/2014",
                "Progress reports of the treating physician, 01/2014 to 05/2014");
        assertThat(letter.items()).hasSize(1);
        ItemDetermination brace = letter.items().get(0);
        assertThat(brace.request()).isEqualTo(DisputedRequest.of("Purchase of a lumbar support brace"));
        assertThat(brace.outcome()).as("from the rationale's conclusion").isEqualTo(Outcome.UPHELD);
        assertThat(brace.claimsAdministratorGuideline()).as("not stated in this layout").isNull();
        assertThat(brace.reviewerGuideline()).isEqualTo(GuidelineCitation.mtus("Low Back Complaints", "2004",
                List.of("Physical Methods"), List.of(), List.of(),
                "MTUS Low Back Complaints 2004, Section(s): Physical Methods. This chapter addresses lumbar supports"
                        + " directly."));
        assertThat(brace.rationale()).endsWith("A brace is not medically necessary.");
    }

    @Test
    void aCredentialsBlockMeansTheHeaderLayoutEvenWithADocumentsSection() throws Exception {
        // letters OpenIMR renders have the 2016-17 header and credentials block and also list the documents
        FinalDeterminationLetter letter = parser.parseText("""
                Case Number:  CM17-9100701
                HOW THE IMR FINAL DETERMINATION WAS MADE
                The Expert Reviewer has the following credentials:
                State(s) of Licensure: Utah
                Certification(s)/Specialty: Neurology

                DOCUMENTS REVIEWED
                Progress report, 01/04/2017

                CLINICAL CASE SUMMARY
                The injured worker is a 28 year old female.

                IMR ISSUES, DECISIONS AND RATIONALES
                Head CT: Upheld

                MAXIMUS guideline: The Expert Reviewer did not cite any medical evidence for its decision.

                Decision rationale: Not medically necessary.
                """);
        assertThat(letter.layout()).isEqualTo(Layout.HEADER_2016);
        assertThat(letter.documentsReviewed()).extracting(DocumentReviewed::description)
                .containsExactly("Progress report, 01/04/2017");
        assertThat(letter.items().get(0).claimsAdministratorGuideline()).isNull();
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(LetterFixturesTest.class.getResource("/letters/" + name).toURI());
    }
}

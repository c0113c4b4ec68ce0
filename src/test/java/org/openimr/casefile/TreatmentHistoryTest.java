package org.openimr.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.openimr.casefile.Texts.assertSpan;
import static org.openimr.casefile.Texts.extract;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openimr.shared.BodyRegion;
import org.openimr.shared.Side;

/** Surgeries, studies, conservative care, functional improvement, work status, drug screens, UR decisions. */
class TreatmentHistoryTest {

    @Test
    void surgeriesWithKindRegionAndDate() {
        String text = "He is s/p L4-5 and L5-S1 fusion on 11/14/12. He later underwent a right shoulder "
                + "arthroscopic rotator cuff repair in March 2014. A left total knee replacement is planned.";
        ClinicalFacts facts = extract(text);
        assertThat(facts.surgeries()).extracting(Surgery::kind, Surgery::assertion, Surgery::date).containsExactly(
                tuple(Surgery.Kind.FUSION, Assertion.HISTORICAL, Optional.of(StatedDate.day(LocalDate.of(2012, 11, 14)))),
                tuple(Surgery.Kind.ROTATOR_CUFF_REPAIR, Assertion.HISTORICAL, Optional.of(StatedDate.month(2014, 3))),
                tuple(Surgery.Kind.ARTHROPLASTY, Assertion.REQUESTED, Optional.empty()));
        Surgery fusion = facts.surgeries().get(0);
        assertThat(fusion.is(Surgery.Kind.FUSION, BodyRegion.LUMBAR_SPINE)).isTrue();
        assertThat(fusion.describe()).isEqualTo("lumbar spine fusion");
        assertSpan(fusion.span(), text, "L5-S1 fusion on 11/14/12");
        assertThat(facts.surgeries().get(1).region()).contains(BodySite.of(BodyRegion.SHOULDER, Side.RIGHT));
        assertThat(facts.surgeries().get(2).region()).contains(BodySite.of(BodyRegion.KNEE, Side.LEFT));
    }

    @Test
    void shoulderAndAnkleOperationsThePostsurgicalTableListsApart() {
        String text = "He had an open subacromial decompression on 03/02/2016. She is s/p a Bankart repair on "
                + "04/05/2016. Manipulation under anesthesia of the left shoulder on 05/06/2016. He underwent an "
                + "Achilles tendon repair on 06/07/2016.";
        assertThat(extract(text).surgeries()).extracting(Surgery::kind, s -> s.region().map(BodySite::region))
                .containsExactly(
                        tuple(Surgery.Kind.OPEN_SUBACROMIAL_DECOMPRESSION, Optional.of(BodyRegion.SHOULDER)),
                        tuple(Surgery.Kind.SHOULDER_STABILIZATION, Optional.of(BodyRegion.SHOULDER)),
                        tuple(Surgery.Kind.CAPSULAR_RELEASE, Optional.of(BodyRegion.SHOULDER)),
                        tuple(Surgery.Kind.ACHILLES_TENDON_REPAIR, Optional.of(BodyRegion.ANKLE_AND_FOOT)));
    }

    @Test
    void noPriorSurgeryIsANegatedSurgery() {
        assertThat(extract("She has had no prior surgery.").surgeries()).singleElement()
                .extracting(Surgery::kind, Surgery::assertion)
                .containsExactly(Surgery.Kind.UNSPECIFIED, Assertion.NEGATED);
    }

    @Test
    void findingsAfterAColonClosingTheStudysNameAndDate() {
        String text = "MRI of the lumbar spine 1/12/2016: L4-5 disc herniation with L5 nerve root compression. "
                + "CT of the neck: pending.";
        ClinicalFacts facts = extract(text);
        DiagnosticStudy mri = facts.diagnosticStudies().get(0);
        assertThat(mri.region()).contains(BodySite.of(BodyRegion.LUMBAR_SPINE));
        assertThat(mri.date()).contains(StatedDate.day(LocalDate.of(2016, 1, 12)));
        assertSpan(mri.findings().orElseThrow(), text, "L4-5 disc herniation with L5 nerve root compression");
        assertThat(facts.diagnosticStudies().get(1).findings()).isEmpty();
    }

    @Test
    void studiesDoneWithDateAndFindings() {
        String text = "An MRI of the lumbar spine dated 06/02/2015 showed a 4 mm disc protrusion at L4-5 with "
                + "left foraminal narrowing. EMG/NCV of the bilateral lower extremities on 8/1/15 was normal.";
        ClinicalFacts facts = extract(text);
        assertThat(facts.diagnosticStudies()).hasSize(2);
        DiagnosticStudy mri = facts.diagnosticStudies().get(0);
        assertThat(mri.kind()).isEqualTo(DiagnosticStudy.Kind.MRI);
        assertThat(mri.region()).contains(BodySite.of(BodyRegion.LUMBAR_SPINE));
        assertThat(mri.date()).contains(StatedDate.day(LocalDate.of(2015, 6, 2)));
        assertThat(mri.done()).isTrue();
        assertSpan(mri.span(), text, "MRI of the lumbar spine dated 06/02/2015");
        assertSpan(mri.findings().orElseThrow(), text,
                "a 4 mm disc protrusion at L4-5 with left foraminal narrowing");
        DiagnosticStudy emg = facts.diagnosticStudies().get(1);
        assertThat(emg.kind().isElectrodiagnostic()).isTrue();
        assertThat(emg.region()).contains(BodySite.of(BodyRegion.LOWER_EXTREMITY, Side.BILATERAL));
        assertThat(emg.date()).contains(StatedDate.day(LocalDate.of(2015, 8, 1)));
        assertThat(emg.findings()).map(Span::quote).contains("normal");
    }

    @Test
    void findingsWrittenBeforeTheStudyThatConfirmedThem() {
        String text = "Right leg pain from an L5 radiculopathy confirmed by EMG on 04/11/2016, with weak ankle "
                + "dorsiflexion. Knee pain, a medial meniscus tear seen on the prior MRI. She had an MRI on 01/02/2016.";
        ClinicalFacts facts = extract(text);
        assertThat(facts.diagnosticStudies()).hasSize(3);
        DiagnosticStudy emg = facts.diagnosticStudies().get(0);
        assertThat(emg.kind().isElectrodiagnostic()).isTrue();
        assertThat(emg.done()).isTrue();
        assertThat(emg.date()).contains(StatedDate.day(LocalDate.of(2016, 4, 11)));
        assertSpan(emg.findings().orElseThrow(), text, "Right leg pain from an L5 radiculopathy");
        // the clause from the last comma: the knee pain before it is not a finding of the MRI
        assertSpan(facts.diagnosticStudies().get(1).findings().orElseThrow(), text, "a medial meniscus tear");
        // a study with no finding stated before or after it has none
        assertThat(facts.diagnosticStudies().get(2).findings()).isEmpty();
    }

    @Test
    void everyMemberOfAListSharesItsFailure() {
        ClinicalFacts facts = extract("Physical therapy, a home exercise program, naproxen and cyclobenzaprine "
                + "have failed. Acupuncture was tried; she says chiropractic care failed. She tried massage but it "
                + "did not help.");
        assertThat(facts.conservativeCare())
                .extracting(c -> c.span().quote(), ConservativeCare::response)
                .contains(tuple("Physical therapy", ConservativeCare.Response.FAILED),
                        tuple("home exercise program", ConservativeCare.Response.FAILED),
                        // a contrast with no other care after it keeps the care's own cue
                        tuple("massage", ConservativeCare.Response.FAILED))
                // another clause stands between acupuncture and the failure: its response is not that one
                .noneMatch(t -> t.toList().get(0).equals("Acupuncture")
                        && t.toList().get(1) == ConservativeCare.Response.FAILED);
    }

    @Test
    void aFindingNotSeenOnAStudyIsNoFindingOfIt() {
        String text = "No radiculopathy was seen on EMG/NCV of the lower extremities dated 05/01/2016. "
                + "A tear was not confirmed by the prior MRI.";
        ClinicalFacts facts = extract(text);
        assertThat(facts.diagnosticStudies())
                .extracting(DiagnosticStudy::kind, DiagnosticStudy::findings, DiagnosticStudy::done)
                .containsExactly(tuple(DiagnosticStudy.Kind.ELECTRODIAGNOSTIC, Optional.empty(), true),
                        tuple(DiagnosticStudy.Kind.MRI, Optional.empty(), true));
        assertThat(facts.diagnosticStudies().get(0).date()).contains(StatedDate.day(LocalDate.of(2016, 5, 1)));
    }

    @Test
    void aFindingAStudyIsToConfirmIsNoFindingAndTheStudyIsNotDone() {
        ClinicalFacts facts = extract("Left L5 radiculopathy to be confirmed by EMG/NCV. Whether a radiculopathy is "
                + "present will be seen on an EMG. A tear needs to be confirmed by MRI.");
        assertThat(facts.diagnosticStudies())
                .extracting(DiagnosticStudy::findings, DiagnosticStudy::assertion)
                .containsExactly(tuple(Optional.empty(), Assertion.REQUESTED),
                        tuple(Optional.empty(), Assertion.REQUESTED),
                        tuple(Optional.empty(), Assertion.REQUESTED));
    }

    @Test
    void conservativeCareTriedFailedAndHowLong() {
        String text = "Treatment to date has included medications, 6 weeks of physical therapy, a home exercise "
                + "program and an epidural steroid injection. Symptoms persist despite activity modification.";
        ClinicalFacts facts = extract(text);
        assertThat(facts.conservativeCare())
                .extracting(ConservativeCare::kind, ConservativeCare::response, ConservativeCare::duration)
                .containsExactly(
                        tuple(ConservativeCare.Kind.MEDICATIONS, ConservativeCare.Response.TRIED, Optional.empty()),
                        tuple(ConservativeCare.Kind.THERAPY, ConservativeCare.Response.TRIED,
                                Optional.of(Period.ofWeeks(6))),
                        tuple(ConservativeCare.Kind.HOME_EXERCISE, ConservativeCare.Response.TRIED, Optional.empty()),
                        tuple(ConservativeCare.Kind.INJECTIONS, ConservativeCare.Response.TRIED, Optional.empty()),
                        tuple(ConservativeCare.Kind.ACTIVITY_MODIFICATION, ConservativeCare.Response.FAILED,
                                Optional.empty()));
        assertSpan(facts.conservativeCare().get(1).span(), text, "6 weeks of physical therapy");
    }

    @Test
    void careThatHaveNotHelpedOrDidNotRelieveFailed() {
        ClinicalFacts facts = extract("Stretching, physical therapy and naproxen have not helped. Medial branch blocks "
                + "at L4-5 did not relieve the pain.");
        assertThat(facts.conservativeCare())
                .extracting(ConservativeCare::kind, ConservativeCare::response)
                .containsExactly(
                        tuple(ConservativeCare.Kind.HOME_EXERCISE, ConservativeCare.Response.FAILED),
                        tuple(ConservativeCare.Kind.THERAPY, ConservativeCare.Response.FAILED),
                        tuple(ConservativeCare.Kind.INJECTIONS, ConservativeCare.Response.FAILED));
    }

    @Test
    void noEvidenceOfFailedConservativeCareIsNegated() {
        assertThat(extract("There is no evidence the patient has tried and failed conservative care.")
                .conservativeCare()).singleElement().extracting(ConservativeCare::kind, ConservativeCare::assertion)
                .containsExactly(ConservativeCare.Kind.UNSPECIFIED, Assertion.NEGATED);
    }

    @Test
    void careTheRecordSaysWasNeverTriedIsNegated() {
        String text = "She has not tried a wrist splint.";
        assertThat(extract(text).conservativeCare()).singleElement()
                .extracting(ConservativeCare::kind, ConservativeCare::assertion)
                .containsExactly(ConservativeCare.Kind.BRACING, Assertion.NEGATED);
        assertSpan(extract(text).conservativeCare().get(0).span(), text, "splint");
    }

    @Test
    void functionalImprovementDocumentedAbsentOrNotDocumented() {
        ClinicalFacts facts = extract("With physical therapy she reports improved ability to walk and was able to "
                + "return to work. The request was denied for lack of documentation of functional improvement from "
                + "prior acupuncture. Chiropractic care produced no functional improvement.");
        assertThat(facts.functionalImprovement())
                .extracting(FunctionalImprovement::finding, FunctionalImprovement::treatment)
                .containsExactly(
                        tuple(FunctionalImprovement.Finding.IMPROVED, Optional.of(Modality.PHYSICAL_THERAPY)),
                        tuple(FunctionalImprovement.Finding.IMPROVED, Optional.of(Modality.PHYSICAL_THERAPY)),
                        tuple(FunctionalImprovement.Finding.NOT_DOCUMENTED, Optional.of(Modality.ACUPUNCTURE)),
                        tuple(FunctionalImprovement.Finding.NOT_IMPROVED, Optional.of(Modality.CHIROPRACTIC)));
        assertThat(extract("No documentation of functional improvement was provided.").functionalImprovement())
                .singleElement().extracting(FunctionalImprovement::finding)
                .isEqualTo(FunctionalImprovement.Finding.NOT_DOCUMENTED);
        assertThat(extract("Pain is 6/10.").functionalImprovement()).isEmpty();
    }

    @Test
    void workStatus() {
        String text = "He remains temporarily totally disabled through 12/31/2016. She is working with "
                + "restrictions. He retired in 2010. The patient has returned to full duty.";
        ClinicalFacts facts = extract(text);
        assertThat(facts.workStatus()).extracting(WorkStatus::kind).containsExactly(
                WorkStatus.Kind.TEMPORARILY_TOTALLY_DISABLED, WorkStatus.Kind.MODIFIED_DUTY, WorkStatus.Kind.RETIRED,
                WorkStatus.Kind.FULL_DUTY);
        assertThat(facts.workStatus().get(0).asOf()).contains(StatedDate.day(LocalDate.of(2016, 12, 31)));
        assertSpan(facts.workStatus().get(0).span(), text, "temporarily totally disabled through 12/31/2016");
    }

    @Test
    void urineDrugScreens() {
        ClinicalFacts facts = extract("A urine drug screen on 3/2/2016 was consistent with prescribed medications. "
                + "The UDS dated 9/14/2016 was inconsistent, positive for marijuana. A repeat urine toxicology "
                + "screen is requested.");
        assertThat(facts.urineDrugScreens())
                .extracting(UrineDrugScreen::result, UrineDrugScreen::assertion, UrineDrugScreen::date)
                .containsExactly(
                        tuple(UrineDrugScreen.Result.CONSISTENT, Assertion.AFFIRMED,
                                Optional.of(StatedDate.day(LocalDate.of(2016, 3, 2)))),
                        tuple(UrineDrugScreen.Result.INCONSISTENT, Assertion.AFFIRMED,
                                Optional.of(StatedDate.day(LocalDate.of(2016, 9, 14)))),
                        tuple(UrineDrugScreen.Result.NOT_STATED, Assertion.REQUESTED, Optional.empty()));
    }

    @Test
    void urineDrugScreensListedWithTheirDatesAreOneScreenADate() {
        ClinicalFacts facts = extract("Urine drug screens on 01/12/2016, 04/18/2016 and 08/22/2016 were all "
                + "consistent. The UDS of 10/3/2016, she said, was done at another clinic.");
        assertThat(facts.urineDrugScreens())
                .extracting(UrineDrugScreen::result, u -> u.date().map(StatedDate::firstDay).orElseThrow())
                .containsExactly(
                        tuple(UrineDrugScreen.Result.CONSISTENT, LocalDate.of(2016, 1, 12)),
                        tuple(UrineDrugScreen.Result.CONSISTENT, LocalDate.of(2016, 4, 18)),
                        tuple(UrineDrugScreen.Result.CONSISTENT, LocalDate.of(2016, 8, 22)),
                        tuple(UrineDrugScreen.Result.NOT_STATED, LocalDate.of(2016, 10, 3)));
    }

    @Test
    void urDecisionsWithDateAndRequest() {
        String text = "On 4/7/15 UR denied the request for additional physical therapy 2x4. The original "
                + "utilization review dated 2/3/2016 modified the request for Norco 10/325 mg #120 to #60 for "
                + "weaning. The request for naproxen 550 mg was approved. Tramadol had been previously "
                + "non-certified.";
        ClinicalFacts facts = extract(text);
        assertThat(facts.urDecisions()).extracting(UrDecision::decision, UrDecision::request, UrDecision::date)
                .containsExactly(
                        tuple(UrDecision.Decision.DENIED, "additional physical therapy 2x4",
                                Optional.of(StatedDate.day(LocalDate.of(2015, 4, 7)))),
                        tuple(UrDecision.Decision.MODIFIED, "Norco 10/325 mg #120",
                                Optional.of(StatedDate.day(LocalDate.of(2016, 2, 3)))),
                        tuple(UrDecision.Decision.APPROVED, "naproxen 550 mg",
                                Optional.of(StatedDate.day(LocalDate.of(2016, 2, 3)))),
                        tuple(UrDecision.Decision.DENIED, "Tramadol",
                                Optional.of(StatedDate.day(LocalDate.of(2016, 2, 3)))));
        assertSpan(facts.urDecisions().get(0).span(), text, "denied the request for additional physical therapy 2x4");
    }

    @Test
    void aDecisionWhoseRequestRunsPastTheNextDecisionPhraseDoesNotBreakTheNext() {
        ClinicalFacts facts = extract("Utilization review on 12-02-2016 modified the therapy request and denied the "
                + "other requests.");
        assertThat(facts.urDecisions()).extracting(UrDecision::decision)
                .containsExactly(UrDecision.Decision.MODIFIED, UrDecision.Decision.DENIED);
    }

    @Test
    void noReviewNoDecision() {
        assertThat(extract("He denied any chest pain. The knee was approved for nothing.").urDecisions()).isEmpty();
    }
}

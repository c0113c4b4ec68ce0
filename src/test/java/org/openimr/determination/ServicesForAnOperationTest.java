package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * A service requested for an operation follows the operation's draft (framework.yaml
 * {@code servicesForAnOperation}): not medically necessary when the operation is not; judged on its own when the
 * operation is supported, or goes to the reviewer (then saying it holds only if the operation is certified).
 * Synthetic records.
 */
class ServicesForAnOperationTest {

    private static final String KNEE_PAIN_ONLY = "Right knee pain after a twisting injury at work on 06/10/2016. "
            + "Diagnosis: right knee medial meniscus tear. He has had 6 sessions of physical therapy. He takes naproxen.";

    private static final String KNEE_TEAR_DOCUMENTED = "Right knee pain after a twisting injury at work on "
            + "06/10/2016. He reports locking and catching of the right knee. MRI of the right knee on 09/01/2016 showed "
            + "a tear of the posterior horn of the medial meniscus. He completed 12 sessions of physical therapy with a "
            + "home exercise program without improvement. Diagnosis: right knee medial meniscus tear.";

    private static final String OPERATION = "Right knee arthroscopy with partial medial meniscectomy";

    private static List<Draft> drafts(String record, String... requests) {
        CaseDates dates = new CaseDates(Optional.of(LocalDate.parse("2016-12-15")), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(LocalDate.parse("2016-06-10")));
        return Drafts.ENGINE.draft(new CaseForDetermination(dates, record, List.of(requests)));
    }

    @Test
    void servicesForAnOperationThatIsNotMedicallyNecessaryAreNotEither() {
        List<Draft> d = drafts(KNEE_PAIN_ONLY, OPERATION, "Assistant surgeon", "Pre-op medical clearance",
                "Post-op physical therapy 12 sessions for the right knee", "Cold therapy unit 7 day rental",
                "Naproxen 550 mg #60");
        assertThat(d.get(0).outcome()).isEqualTo(DraftOutcome.UPHELD);
        for (Draft service : d.subList(1, 5)) {
            assertThat(service.outcome()).as(service.request()).isEqualTo(DraftOutcome.UPHELD);
            assertThat(service.citationText()).as(service.request()).isEqualTo(d.get(0).citationText());
            assertThat(service.rationale()).as(service.request())
                    .contains("\"" + OPERATION + "\" (item 1)")
                    .endsWith("The operation is not medically necessary in this draft, so this service is not "
                            + "medically necessary either.");
            assertThat(service.missingDocumentation()).isEqualTo(d.get(0).missingDocumentation());
            assertThat(service.trace().steps()).anyMatch(s -> s.contains("servicesForAnOperation"));
        }
        // a drug with no word tying it to the operation keeps its own draft
        assertThat(d.get(5).rationale()).doesNotContain("operation");
        assertThat(d.get(5).citationText()).contains("NSAIDs");
    }

    @Test
    void aServiceForAnOperationSupportedOnTheRecordIsJudgedOnItsOwnRules() {
        List<Draft> d = drafts(KNEE_TEAR_DOCUMENTED, OPERATION, "Assistant surgeon",
                "Cold therapy unit 7 day rental");
        assertThat(d.get(0).outcome()).as(Drafts.explain(d.get(0))).isEqualTo(DraftOutcome.OVERTURNED);
        assertThat(d.get(1).outcome()).isEqualTo(DraftOutcome.REFER);
        assertThat(d.get(1).rationale()).doesNotContain("requested for the operation");
        assertThat(d.get(2).citationText()).contains("Continuous-flow cryotherapy");
    }

    @Test
    void aServiceForAnOperationTheReviewerDecidesKeepsItsOwnDraftAndSaysOnWhatItRests() {
        // an operation with no rule of its own (a hip arthroscopy had none before s14-ops)
        List<Draft> alone = drafts(KNEE_PAIN_ONLY, "Cold therapy unit 7 day rental for the right knee");
        List<Draft> d = drafts(KNEE_PAIN_ONLY, "Diagnostic arthroscopy of the right knee",
                "Cold therapy unit 7 day rental for the right knee");
        assertThat(d.get(0).outcome()).isEqualTo(DraftOutcome.REFER);
        assertThat(d.get(1).outcome()).isEqualTo(alone.get(0).outcome());
        assertThat(d.get(1).citationText()).isEqualTo(alone.get(0).citationText()).isNotEmpty();
        assertThat(d.get(1).rationale()).startsWith("This service is requested for the operation requested with it, "
                + "\"Diagnostic arthroscopy of the right knee\" (item 1), and is needed only if that operation is done. The operation goes "
                + "to the physician reviewer; what follows holds only if it is certified. " + alone.get(0).rationale());
    }

    @Test
    void aRequestOfACategoryWithoutSubcategoriesIsDraftedBesideAnOperation() {
        // Home Health and Transportation have no DWC subcategory: asking whether one is a service must not fail
        List<Draft> d = drafts(KNEE_PAIN_ONLY, OPERATION, "Transportation to and from medical appointments",
                "Home health aide 4 hours a day 5 days a week");
        assertThat(d).extracting(Draft::request).containsExactly(OPERATION,
                "Transportation to and from medical appointments", "Home health aide 4 hours a day 5 days a week");
        assertThat(d.get(1).interpreted().category().subcategory()).isNull();
        assertThat(d.get(2).interpreted().category().subcategory()).isNull();
        assertThat(d.get(2).rationale()).doesNotContain("requested for the operation");
    }

    @Test
    void aServiceForAnotherBodyRegionDoesNotFollowTheOperation() {
        List<Draft> d = drafts(KNEE_PAIN_ONLY, OPERATION, "Post-op physical therapy 12 sessions for the left shoulder");
        assertThat(d.get(0).outcome()).isEqualTo(DraftOutcome.UPHELD);
        assertThat(d.get(1).rationale()).doesNotContain("requested for the operation");
    }

    @Test
    void theUsualSpellingsOfPostOperativeCareMakeAService() {
        for (String service : List.of("Post op physical therapy 12 sessions for the right knee",
                "Post operative physical therapy x12 right knee", "Physical therapy 2x6 after knee surgery",
                "Physical therapy following the right knee operation")) {
            List<Draft> d = drafts(KNEE_PAIN_ONLY, OPERATION, service);
            assertThat(d.get(1).rationale()).as(service).contains("\"" + OPERATION + "\" (item 1)");
            assertThat(d.get(1).outcome()).as(service).isEqualTo(DraftOutcome.UPHELD);
        }
    }

    @Test
    void aServiceForTheLimbOfTheOperationFollowsIt() {
        List<Draft> d = drafts("Numbness and tingling of the right hand since 01/10/2016. Diagnosis: right carpal "
                + "tunnel syndrome. She wears a night splint.", "Right carpal tunnel release",
                "Post-op occupational therapy 8 sessions for the right upper extremity");
        assertThat(d.get(0).outcome()).isEqualTo(DraftOutcome.UPHELD);
        assertThat(d.get(1).outcome()).isEqualTo(DraftOutcome.UPHELD);
        assertThat(d.get(1).rationale()).contains("\"Right carpal tunnel release\" (item 1)");
    }

    @Test
    void careAfterAnOperationAlreadyDoneIsNotAServiceOfANewOne() {
        String record = "Left knee pain after a fall at work on 03/02/2016. She underwent left knee arthroscopy with "
                + "partial medial meniscectomy on 11/01/2016. She has attended 2 sessions of post-operative physical "
                + "therapy. Diagnosis: status post left knee partial meniscectomy; left knee osteoarthritis.";
        List<Draft> alone = drafts(record, "Post-op physical therapy 2 sessions for the left knee");
        List<Draft> d = drafts(record, "Left total knee arthroplasty", "Post-op physical therapy 2 sessions for the "
                + "left knee");
        assertThat(d.get(1).rationale()).doesNotContain("requested for the operation")
                .isEqualTo(alone.get(0).rationale());
        assertThat(d.get(1).trace().phase()).startsWith("postsurgical");
    }

    @Test
    void withoutAnOperationRequestedAServiceIsJudgedOnItsOwn() {
        List<Draft> d = drafts(KNEE_PAIN_ONLY, "Pre-op medical clearance", "Cold therapy unit 7 day rental");
        assertThat(d.get(0).outcome()).isEqualTo(DraftOutcome.REFER);
        assertThat(d.get(0).rationale()).doesNotContain("requested for the operation");
        assertThat(d.get(1).citationText()).contains("Continuous-flow cryotherapy");
    }
}

package org.openimr.cases.review;

import java.time.LocalDate;
import java.util.List;

import org.openimr.cases.ApplicationForm;
import org.openimr.cases.LiabilityPosition;
import org.openimr.cases.NoticeMethod;
import org.openimr.cases.RecordsCompleteness;
import org.openimr.cases.ServiceMethod;
import org.openimr.cases.assignment.CaseAssignment;
import org.openimr.cases.assignment.PanelFixtures;
import org.openimr.cases.service.CaseService;
import org.openimr.cases.store.StoredCase;
import org.openimr.reviewers.ReviewerPanel;
import org.openimr.shared.CaseNumber;
import org.openimr.shared.Priority;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A synthetic case in review (invented people and claim): filed by intake with two disputed items, the NOARFI sent,
 * records received, and a panel reviewer assigned through the conflict screening; and a synthetic progress report for
 * its case file.
 */
final class ReviewFixtures {

    static final String ACUPUNCTURE = "Acupuncture 6 additional sessions";
    static final String MRI = "MRI of the lumbar spine without contrast";

    /**
     * A progress report whose facts make the engine overturn the acupuncture (medications not tolerated, functional
     * improvement after the first six sessions) and refer the MRI (no recommendation in force on lumbar MRI). The
     * improvement is stated once, so that the reviewer who finds it wrong corrects one fact.
     */
    static final String PROGRESS_REPORT = """
            PRIMARY TREATING PHYSICIAN'S PROGRESS REPORT
            The patient is a 46 year old male with chronic low back pain after lifting boxes at work.
            Diagnosis: lumbar sprain.
            Medications were not tolerated.
            He has completed 6 sessions of acupuncture with functional improvement.
            Pain is 7/10. Straight leg raise is negative bilaterally. There are no red flags.
            """;

    private ReviewFixtures() {
    }

    /** Signs in as {@code user} with {@code role} for the calls that follow (as the pages' security would). */
    static void signIn(String user, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user,
                null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    /**
     * Files and screens a case and assigns it, through {@link CaseAssignment} (hard rules, attestation), to the panel
     * reviewer linked to the sign-in {@code reviewer} ({@link PanelFixtures}); leaves intake signed in.
     */
    static CaseNumber caseAssignedTo(CaseService cases, CaseAssignment assignment, ReviewerPanel panel,
            String reviewer) {
        signIn("intake", "INTAKE");
        LocalDate today = cases.today();
        ApplicationForm form = new ApplicationForm()
                .reviewType(Priority.STANDARD)
                .employee("Rosa", "M", "Examplewoman")
                .employeeBornOn(LocalDate.of(1979, 8, 14))
                .employeeAddress("12 Test Lane", "Stockton", "CA", "95202")
                .employeeContact("(209) 555-0142", "rosa@example.org")
                .claimNumber("REV-" + System.nanoTime())
                .injuredOn(today.minusDays(400))
                .employer("Example Orchards LLC")
                .claimsAdministrator("Sample Claims Services", "J. Adjuster", "916-555-0199")
                .requestingPhysician("Ana", "Doctorson", "Family Practice")
                .urDecision(today.minusDays(20), ServiceMethod.ELECTRONIC)
                .urDecisionAttached(true)
                .signed(true)
                .receivedOn(today.minusDays(5))
                .disputedItem(ACUPUNCTURE, "Lumbar sprain", "S33.5XXA")
                .disputedItem(MRI, "Lumbar sprain", "S33.5XXA");
        StoredCase filed = cases.file(form, LiabilityPosition.NOT_DISPUTED);
        CaseNumber n = filed.imrCase().caseNumber();
        StoredCase sent = cases.record(n, filed.version(), "RECORD_NOARFI_SENT",
                c -> c.sendNoarfi(today, NoticeMethod.ELECTRONIC));
        StoredCase records = cases.record(n, sent.version(), "RECORD_RECORDS_RECEIVED",
                c -> c.receiveRecords(today, RecordsCompleteness.COMPLETE));
        assignment.assign(n, records.version(), PanelFixtures.reviewerSignedInAs(panel, reviewer));
        return n;
    }
}

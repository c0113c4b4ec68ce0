package org.openimr.cases.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openimr.cases.ApplicationForm;
import org.openimr.cases.CaseStatus;
import org.openimr.cases.DeadlineKind;
import org.openimr.cases.EligibilityDecision;
import org.openimr.cases.EligibilitySpecification;
import org.openimr.cases.IneligibilityReason;
import org.openimr.cases.LiabilityPosition;
import org.openimr.cases.ScreeningContext;
import org.openimr.cases.ServiceMethod;
import org.openimr.cases.Timeliness;
import org.openimr.cases.store.CaseStore;
import org.openimr.cases.store.StoredCase;
import org.openimr.shared.Priority;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.openimr.shared.BusinessCalendar;

/**
 * With {@code openimr.cases.filing-basis=RECEIPT} (the 2013 wording), the 30 days to file count from the employee's
 * receipt of the UR decision: an application 33 days after service, 29 after receipt, is in time, when it is screened
 * and when the case is read back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"openimr.embedded-db.data-dir=./target/test-pg-filing", "openimr.demo.enabled=false",
                "openimr.cases.filing-basis=RECEIPT"})
class FilingBasisTest {

    @Autowired
    CaseService cases;
    @Autowired
    CaseStore store;

    @Test
    void underTheReceiptBasisAnApplicationThirtyThreeDaysAfterServiceButTwentyNineAfterReceiptIsInTime() {
        LocalDate served = LocalDate.now(BusinessCalendar.ZONE).minusDays(40);
        var form = new ApplicationForm().reviewType(Priority.STANDARD).employee("Rita", null, "Receiptwell")
                .employeeBornOn(LocalDate.of(1970, 1, 1)).employeeAddress("1 Main St", "Fresno", "CA", "93701")
                .claimNumber("CLM-RECEIPT-" + System.nanoTime()).injuredOn(served.minusDays(60))
                .employer("Example Co.").claimsAdministrator("Sample Claims", null, null)
                .requestingPhysician("Ana", "Doctorson", null).urDecision(served, ServiceMethod.ELECTRONIC)
                .urDecisionReceivedByEmployeeOn(served.plusDays(4)).urDecisionAttached(true).signed(true)
                .receivedOn(served.plusDays(33)).disputedItem("Lumbar MRI", "Low back pain", "M54.50");

        // under the rule in force (service) it would be late
        assertThat(EligibilitySpecification.standard().assess(form.toApplication(LocalDate.now(BusinessCalendar.ZONE)),
                ScreeningContext.standard())).isInstanceOfSatisfying(EligibilityDecision.Ineligible.class,
                        i -> assertThat(i.reasons()).containsExactly(IneligibilityReason.LATE));

        StoredCase filed = cases.file(form, LiabilityPosition.NOT_DISPUTED);

        assertThat(filed.imrCase().status()).isInstanceOf(CaseStatus.Eligible.class);
        StoredCase read = store.load(filed.imrCase().caseNumber()).orElseThrow();
        var filing = read.imrCase().timeline(LocalDate.now(BusinessCalendar.ZONE)).deadlines(DeadlineKind.APPLICATION_FILED).get(0);
        assertThat(filing.timeliness().state()).isEqualTo(Timeliness.State.MET);
        assertThat(filing.due()).isAfterOrEqualTo(served.plusDays(34));
    }
}

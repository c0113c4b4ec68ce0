package org.openimr.cases.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openimr.cases.ApplicationForm;
import org.openimr.cases.DeadlineKind;
import org.openimr.cases.EligibilitySpecification;
import org.openimr.cases.ImrCase;
import org.openimr.cases.NoticeMethod;
import org.openimr.cases.ScreeningContext;
import org.openimr.cases.ServiceMethod;
import org.openimr.cases.Timeliness;
import org.openimr.cases.store.CaseStore;
import org.openimr.cases.store.PostgresCaseNumberSequence;
import org.openimr.cases.store.StoredCase;
import org.openimr.shared.BusinessCalendar;
import org.openimr.shared.CaseNumber;
import org.openimr.shared.Priority;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scheduled sweep (here called as the scheduler would, its cron off) flags a case whose NOARFI is late, once; the
 * case is not changed by it, and the late notice, when it comes, is recorded and stands, marked late.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"openimr.embedded-db.data-dir=./target/test-pg-sweep", "openimr.demo.enabled=false",
                "openimr.sweep.cron=-", "openimr.sweep.lock-at-least=PT0S"})
class OverdueSweepTest {

    static final BusinessCalendar CALENDAR = BusinessCalendar.california();

    @Autowired
    OverdueSweep sweep;
    @Autowired
    CaseStore store;
    @Autowired
    CaseService cases;
    @Autowired
    PostgresCaseNumberSequence numbers;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCaseWhoseNoarfiIsLateIsFlaggedOnceAndNothingIsVoided() {
        LocalDate today = LocalDate.now(BusinessCalendar.ZONE);
        LocalDate eligibleOn = CALENDAR.plusBusinessDays(today, -4);
        LocalDate noarfiDue = CALENDAR.plusBusinessDays(eligibleOn, 1);
        String late = open(eligibleOn, "CLM-SWEEP-LATE-" + System.nanoTime());
        String onTime = open(today, "CLM-SWEEP-NEW-" + System.nanoTime());

        sweep.sweep();

        assertThat(flags(late)).containsExactly("NOARFI_SENT due " + noarfiDue + " flagged " + today);
        assertThat(flags(onTime)).isEmpty();
        StoredCase flagged = store.load(new CaseNumber(late)).orElseThrow();
        assertThat(flagged.version()).isEqualTo(1);
        assertThat(flagged.imrCase().events()).hasSize(2);
        assertThat(flagged.imrCase().status().describe()).isEqualTo("eligible, notice of assignment to be sent");

        // a second sweep flags nothing new
        sweep.sweep();
        assertThat(flags(late)).hasSize(1);
        assertThat(jdbc.sql("select flagged from case_sweep_runs order by id desc limit 1").query(Integer.class)
                .single()).isZero();

        // the late NOARFI is recorded all the same: it stands, marked late, and the records clock starts from it
        StoredCase sent = cases.record(new CaseNumber(late), 1, "RECORD_NOARFI_SENT",
                c -> c.sendNoarfi(today, NoticeMethod.ELECTRONIC));
        var lines = sent.imrCase().timeline(today).deadlines(DeadlineKind.NOARFI_SENT);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).timeliness().state()).isEqualTo(Timeliness.State.LATE);
        assertThat(sent.imrCase().timeline(today).deadlines(DeadlineKind.RECORDS_RECEIVED).get(0).timeliness()
                .state()).isEqualTo(Timeliness.State.PENDING);
        assertThat(flags(late)).hasSize(1);
    }

    private String open(LocalDate eligibleOn, String claim) {
        LocalDate received = eligibleOn.minusDays(2);
        var application = new ApplicationForm().reviewType(Priority.STANDARD).employee("Sam", null, "Sweepwell")
                .employeeBornOn(LocalDate.of(1975, 3, 3)).employeeAddress("1 Main St", "Fresno", "CA", "93701")
                .claimNumber(claim).injuredOn(received.minusDays(90)).employer("Example Co.")
                .claimsAdministrator("Sample Claims", null, null).requestingPhysician("Ana", "Doctorson", null)
                .urDecision(received.minusDays(10), ServiceMethod.ELECTRONIC).urDecisionAttached(true).signed(true)
                .receivedOn(received).disputedItem("Lumbar MRI", "Low back pain", "M54.50")
                .toApplication(LocalDate.now(BusinessCalendar.ZONE));
        ImrCase c = ImrCase.open(numbers, application, received)
                .screen(eligibleOn, EligibilitySpecification.standard(), ScreeningContext.standard());
        return store.insert(c, "test").imrCase().caseNumber().value();
    }

    private List<String> flags(String caseNumber) {
        return jdbc.sql("select deadline || ' due ' || due || ' flagged ' || flagged_on from case_overdue_flags "
                + "where case_number = ?").param(caseNumber).query(String.class).list();
    }
}

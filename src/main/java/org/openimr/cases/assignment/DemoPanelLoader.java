package org.openimr.cases.assignment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.openimr.cases.ApplicationForm;
import org.openimr.cases.LiabilityPosition;
import org.openimr.cases.NoticeMethod;
import org.openimr.cases.RecordsCompleteness;
import org.openimr.cases.ServiceMethod;
import org.openimr.cases.service.CaseService;
import org.openimr.cases.store.CaseStore;
import org.openimr.cases.store.StatusCode;
import org.openimr.cases.store.StoredCase;
import org.openimr.reviewers.DemoPanel;
import org.openimr.reviewers.Reviewer;
import org.openimr.reviewers.ReviewerPanel;
import org.openimr.shared.Priority;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.Yaml;

/**
 * The demo panel, on the embedded default database only: adds the reviewers of {@code demo/panel.yaml} not on the
 * panel yet (so loading twice adds nothing); assigns, through the real screening ({@link CaseAssignment#assign}: hard
 * rules, attestation), each demo case of {@code demo/cases.yaml} with an {@code assignTo} sign-in that is ready for a
 * reviewer; and when no case is with the demo staff account {@code reviewer} still, assigns it one the same way: a
 * demo case ready for a reviewer, or, when there is no case at all, one synthetic case opened, screened and completed
 * for the purpose. Several instances starting at once load under an advisory lock.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "openimr.demo.enabled", havingValue = "true", matchIfMissing = true)
@Order(30)
class DemoPanelLoader implements ApplicationRunner {

    /** The advisory lock key of the demo panel load ("IMRpanl" in ASCII). */
    static final long LOCK = 0x494d5270616e6cL;
    static final String DEMO_REVIEWER_ACCOUNT = "reviewer";
    /** The demo cases, some of which name the sign-in of the reviewer they are to be assigned to. */
    static final String CASES = "/demo/cases.yaml";

    private static final Logger log = LoggerFactory.getLogger(DemoPanelLoader.class);

    private final ReviewerPanel panel;
    private final CaseAssignment assignment;
    private final CaseService cases;
    private final CaseStore store;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final boolean embedded;

    DemoPanelLoader(ReviewerPanel panel, CaseAssignment assignment, CaseService cases, CaseStore store,
            JdbcClient jdbc, TransactionTemplate tx, ObjectProvider<EmbeddedPostgres> pg) {
        this.panel = panel;
        this.assignment = assignment;
        this.cases = cases;
        this.store = store;
        this.jdbc = jdbc;
        this.tx = tx;
        this.embedded = pg.getIfAvailable() != null;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (embedded) {
            load();
        }
    }

    /** Adds the missing demo reviewers and gives the demo reviewer a case; returns how many reviewers were added. */
    int load() {
        Integer added = tx.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query(Object.class).single();
            int n = 0;
            for (ReviewerPanel.Member m : DemoPanel.members(cases.today())) {
                if (panel.byId(m.reviewer().id()).isEmpty()) {
                    // a sign-in name already linked to someone else stays with them
                    var login = m.signInName().filter(l -> panel.bySignInName(l).isEmpty());
                    panel.save(m.reviewer(), login, "ADD_DEMO_REVIEWER", "");
                    n++;
                }
            }
            return n;
        });
        if (added > 0) {
            log.info("Demo panel: {} synthetic reviewers added", added);
        }
        assignScriptedCases();
        Reviewer linked = panel.bySignInName(DEMO_REVIEWER_ACCOUNT).orElse(null);
        if (linked != null && store.find(null, null, DEMO_REVIEWER_ACCOUNT).isEmpty()) {
            List<StoredCase> ready = store.find(List.of(StatusCode.AWAITING_ASSIGNMENT.name()), null, null);
            StoredCase kase = !ready.isEmpty() ? ready.get(0)
                    : store.find(null, null, null).isEmpty() ? readyDemoCase() : null;
            if (kase != null) {
                assignment.assign(kase.imrCase().caseNumber(), kase.version(), linked.id());
                log.info("Demo panel: case {} assigned to the demo reviewer", kase.imrCase().caseNumber().value());
            }
        }
        return added;
    }

    /** Assigns each ready demo case with an {@code assignTo} sign-in to the panel reviewer linked to it. */
    private void assignScriptedCases() {
        Map<String, String> assignTo = scriptedAssignments();
        for (StoredCase c : store.find(List.of(StatusCode.AWAITING_ASSIGNMENT.name()), null, null)) {
            String login = c.imrCase().application().map(a -> assignTo.get(a.claimNumber().value())).orElse(null);
            Reviewer reviewer = login == null ? null : panel.bySignInName(login).orElse(null);
            if (reviewer != null) {
                assignment.assign(c.imrCase().caseNumber(), c.version(), reviewer.id());
                log.info("Demo panel: case {} assigned to the reviewer of {}", c.imrCase().caseNumber().value(),
                        login);
            }
        }
    }

    /** The sign-in each demo case of {@code demo/cases.yaml} is to be assigned to, by claim number. */
    @SuppressWarnings("unchecked")
    static Map<String, String> scriptedAssignments() {
        try (InputStream in = DemoPanelLoader.class.getResourceAsStream(CASES)) {
            if (in == null) {
                throw new IllegalStateException(CASES + " is missing");
            }
            Map<String, Object> yaml = new Yaml().load(in);
            Map<String, String> assignTo = new HashMap<>();
            for (Map<String, Object> c : (List<Map<String, Object>>) yaml.get("cases")) {
                if (c.get("assignTo") != null) {
                    assignTo.put(String.valueOf(c.get("claim")), String.valueOf(c.get("assignTo")));
                }
            }
            return assignTo;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A synthetic case, received two days ago, screened, NOARFI sent and records complete today. */
    private StoredCase readyDemoCase() {
        LocalDate today = cases.today();
        StoredCase c = cases.file(new ApplicationForm().reviewType(Priority.STANDARD)
                .employee("Nadia", "", "Testwell").employeeBornOn(LocalDate.of(1981, 6, 15))
                .employeeAddress("200 Example Avenue", "Fresno", "CA", "93721")
                .claimNumber("DEMO-PANEL-0001").injuredOn(today.minusDays(95))
                .employer("Demo Orchard Cooperative").claimsAdministrator("Example Mutual Claims", "", "")
                .requestingPhysician("Lena", "Sampleford", "Physical Medicine and Rehabilitation")
                .urDecision(today.minusDays(20), ServiceMethod.ELECTRONIC).urDecisionAttached(true)
                .disputedItem("Physical therapy, 8 sessions for the lumbar spine", "Lumbar sprain", "S33.5XXA")
                .signed(true).receivedOn(today.minusDays(2)), LiabilityPosition.NOT_DISPUTED);
        var n = c.imrCase().caseNumber();
        c = cases.record(n, c.version(), "RECORD_NOARFI_SENT", k -> k.sendNoarfi(today, NoticeMethod.ELECTRONIC));
        return cases.record(n, c.version(), "RECORD_RECORDS_RECEIVED",
                k -> k.receiveRecords(today, RecordsCompleteness.COMPLETE));
    }
}

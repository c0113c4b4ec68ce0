package org.openimr.cases.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.Test;
import org.openimr.cases.service.CaseService;
import org.openimr.cases.store.CaseStore;
import org.openimr.reviewers.BoardCertification;
import org.openimr.reviewers.DisciplinaryEntry;
import org.openimr.reviewers.DisciplinaryStatus;
import org.openimr.reviewers.FamilialAffiliation;
import org.openimr.reviewers.FamilyRelation;
import org.openimr.reviewers.FinancialAffiliation;
import org.openimr.reviewers.LicenseStatus;
import org.openimr.reviewers.PanelChangeRefused;
import org.openimr.reviewers.Party;
import org.openimr.reviewers.PartyIdentifier;
import org.openimr.reviewers.PriorCareOfEmployee;
import org.openimr.reviewers.ProfessionalAffiliation;
import org.openimr.reviewers.Reviewer;
import org.openimr.reviewers.ReviewerId;
import org.openimr.reviewers.ReviewerName;
import org.openimr.reviewers.ReviewerPanel;
import org.openimr.reviewers.UsState;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The panel in PostgreSQL: a reviewer with every kind of list stored and read back equal; a sign-in name linked
 * twice refused with nothing stored; assignments append-only; the demo panel loaded twice adds nothing and gives the
 * demo reviewer a case.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"openimr.embedded-db.data-dir=./target/test-pg-cases", "openimr.demo.enabled=false",
                "openimr.sweep.enabled=false"})
class PanelStoreTest {

    @Autowired
    ReviewerPanel panel;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseAssignment assignment;
    @Autowired
    CaseService cases;
    @Autowired
    CaseStore store;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ObjectProvider<EmbeddedPostgres> pg;

    @Test
    void aReviewerWithEveryKindOfListIsReadBackEqual() {
        ReviewerId id = panel.nextId();
        LocalDate d = LocalDate.of(2026, 3, 1);
        Reviewer r = Reviewer.builder(id, ReviewerName.of("Dr. Roundtrip Testdoctor"))
                .identifier(PartyIdentifier.npi("1234567893"))
                .license(UsState.CALIFORNIA, "A-1", LicenseStatus.ACTIVE, d.plusYears(2))
                .license(UsState.NEVADA, "NV-2", LicenseStatus.SUSPENDED, d.plusYears(1))
                .certification(BoardCertification.lifetime("Orthopedic Surgery", "ABOS", d.minusYears(10)))
                .certification(BoardCertification.until("Sports Medicine", "ABFM", d.minusYears(3), d.plusYears(7)))
                .subspecialty("Hand Surgery", "Pain Management")
                .activePracticeSince(d.minusYears(12)).weeklyHoursInActivePractice(28).limits(9, 2)
                .disciplinary(new DisciplinaryEntry(d.minusYears(4), "Medical Board of California",
                        DisciplinaryStatus.DISMISSED, "complaint closed"))
                .unavailable(d.plusDays(3), d.plusDays(9))
                .affiliation(FinancialAffiliation.ownership(Party.named("Acme Imaging LLC",
                        PartyIdentifier.fein("12-3456789")), "1.25"))
                .affiliation(FinancialAffiliation.compensation(Party.named("Example Mutual Claims"), "speaker fees"))
                .affiliation(new ProfessionalAffiliation(Party.named("Valley Surgery Center"), "staff privileges"))
                .affiliation(new FamilialAffiliation(Party.named("Jo Testdoctor"), FamilyRelation.COUSIN))
                .affiliation(new PriorCareOfEmployee(Party.named("Maria Testperson"), d.minusDays(200),
                        PriorCareOfEmployee.Kind.EXAMINED))
                .affiliationsDeclaredOn(d).build();
        String login = "rt-" + System.nanoTime();
        panel.save(r, Optional.of(login), "ADD_REVIEWER", "");

        Reviewer read = panel.byId(id).orElseThrow();
        assertThat(read).usingRecursiveComparison().isEqualTo(r);
        assertThat(read.name().disclosedWithinTheOrganization()).isEqualTo("Dr. Roundtrip Testdoctor");
        assertThat(panel.bySignInName(login).map(Reviewer::id)).contains(id);
        assertThat(panel.all()).extracting(Reviewer::id).contains(id);

        // the same sign-in name for another reviewer: refused, nothing of it stored
        ReviewerId other = panel.nextId();
        assertThatThrownBy(() -> panel.save(r.toBuilder().id(other).build(), Optional.of(login), "ADD_REVIEWER", ""))
                .isInstanceOf(PanelChangeRefused.class).hasMessage("is already linked to another reviewer");
        assertThat(panel.byId(other)).isEmpty();
        assertThat(jdbc.sql("select count(*) from reviewer_licenses where reviewer_id = ?").param(other.value())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void assignmentsCannotBeTruncated() {
        assertThatThrownBy(() -> jdbc.sql("truncate reviewer_assignments").update()).rootCause()
                .hasMessageContaining("reviewer_assignments is append-only: TRUNCATE refused");
    }

    @Test
    void theDemoPanelLoadsOnceAndGivesTheDemoReviewerACase() {
        // the tests that take cases to review link the sign-in "reviewer" to a test reviewer in this database: a
        // sign-in already linked stays with its reviewer (DemoCasesTest sees DEMO-01 linked on a fresh database)
        ReviewerId linked = PanelFixtures.reviewerSignedInAs(panel, "reviewer");
        DemoPanelLoader loader = new DemoPanelLoader(panel, assignment, cases, store, jdbc, tx, pg);
        loader.load();
        int size = panel.size();
        assertThat(loader.load()).isZero();
        assertThat(panel.size()).isEqualTo(size);
        for (int i = 1; i <= 26; i++) {
            assertThat(panel.byId(ReviewerId.of(String.format("DEMO-%02d", i)))).isPresent();
        }
        assertThat(panel.bySignInName("reviewer").map(Reviewer::id)).contains(linked);
        assertThat(store.find(null, null, "reviewer")).isNotEmpty();
        Reviewer lapsed = panel.byId(ReviewerId.of("DEMO-13")).orElseThrow();
        assertThat(lapsed.licenses().get(0).isActiveOn(cases.today())).isFalse();

        // what was assigned stays as recorded
        assertThat(jdbc.sql("select count(*) from reviewer_assignments").query(Integer.class).single()).isPositive();
        assertThatThrownBy(() -> jdbc.sql("delete from reviewer_assignments").update()).rootCause()
                .hasMessageContaining("reviewer_assignments is append-only: DELETE refused");
        assertThatThrownBy(() -> jdbc.sql("update reviewer_assignments set statement = ''").update()).rootCause()
                .hasMessageContaining("reviewer_assignments is append-only: UPDATE refused");
    }
}

package org.openimr.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openimr.reviewers.PartyIdentifier;
import org.openimr.reviewers.PartyRole;
import org.openimr.shared.Outcome;

/** A party named in the records is a dated event of the case, allowed while the case is open, once, for its items. */
class NamedPartyTest {

    static final LocalDate SCREENED = LocalDate.of(2016, 11, 22);
    static final NamedParty FACILITY = new NamedParty(PartyRole.FACILITY, "  Testvale   Surgery Center ",
            Optional.of(PartyIdentifier.npi("1902000107")), Optional.of("Cervical spine MRI without contrast"));

    static ImrCase eligible() {
        return ImrCase.open(new InMemoryCaseNumberSequence(), Fixtures.form().receive(Fixtures.TODAY),
                LocalDate.of(2016, 11, 21)).screen(SCREENED, EligibilitySpecification.standard(),
                        ScreeningContext.standard());
    }

    @Test
    void aNamedPartyIsOnTheTimelineAndAmongTheCasesNamedParties() {
        ImrCase c = eligible().nameParty(SCREENED, FACILITY);

        assertThat(c.namedParties()).containsExactly(FACILITY);
        assertThat(FACILITY.name()).isEqualTo("Testvale Surgery Center");
        assertThat(c.events().get(c.events().size() - 1).describe()).isEqualTo("Named in the records: the facility "
                + "where the treatment would be given 'Testvale Surgery Center' (NPI 1902000107), for 'Cervical spine "
                + "MRI without contrast'");
        assertThat(c.status()).isEqualTo(eligible().status());
    }

    @Test
    void theSamePartyIsNamedOnceAndOnlyForATreatmentOfTheCase() {
        ImrCase c = eligible().nameParty(SCREENED, FACILITY);
        NamedParty again = new NamedParty(PartyRole.FACILITY, "TESTVALE SURGERY CENTER", Optional.empty(),
                Optional.of("cervical spine MRI, without contrast"));

        assertThatThrownBy(() -> c.nameParty(SCREENED, again)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageEndingWith("is not possible: it is already named (the case is eligible, notice of "
                        + "assignment to be sent since 2016-11-22).");
        assertThatThrownBy(() -> c.nameParty(SCREENED, new NamedParty(PartyRole.MANUFACTURER, "Examplon",
                Optional.empty(), Optional.of("Knee arthroscopy")))).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("is not possible: 'Knee arthroscopy' is not a treatment disputed in this case");
        // the same name in another role is another party
        assertThat(c.nameParty(SCREENED, new NamedParty(PartyRole.TREATING_PROVIDER, "Testvale Surgery Center",
                Optional.empty(), Optional.empty())).namedParties()).hasSize(2);
    }

    @Test
    void aClosedCaseTakesNoParty() {
        ImrCase decided = eligible().sendNoarfi(SCREENED, NoticeMethod.MAIL)
                .receiveRecords(LocalDate.of(2016, 12, 1), RecordsCompleteness.COMPLETE)
                .assignReviewer(LocalDate.of(2016, 12, 2), "reviewer")
                .issueDetermination(LocalDate.of(2016, 12, 20), List.of(Outcome.UPHELD));

        assertThatThrownBy(() -> decided.nameParty(LocalDate.of(2016, 12, 21), FACILITY))
                .isInstanceOf(IllegalTransitionException.class).hasMessage("Case " + decided.caseNumber()
                        + " is closed (decided on 2016-12-20): a party is named in the records only while the case "
                        + "is open, before the determination is issued.");
        assertThatThrownBy(() -> eligible().withdraw(SCREENED).nameParty(SCREENED, FACILITY))
                .hasMessageContaining("is closed (withdrawn on 2016-11-22)");
    }

    @Test
    void onlyTheRolesTheApplicationDoesNotCarryAreNamed() {
        assertThatThrownBy(() -> new NamedParty(PartyRole.EMPLOYER, "Example Packing Co.", Optional.empty(),
                Optional.empty())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the employer is a party of the application form, not one named in the records");
        assertThat(NamedParty.ROLES).containsExactly(PartyRole.FACILITY, PartyRole.MANUFACTURER,
                PartyRole.TREATING_PROVIDER, PartyRole.INSURER, PartyRole.DEFENSE_ATTORNEY,
                PartyRole.OFFICER_DIRECTOR_OR_MANAGER);
    }

    @Test
    void aReassignmentSaysWhyAndGoesToAnotherReviewer() {
        ImrCase inReview = eligible().sendNoarfi(SCREENED, NoticeMethod.MAIL)
                .receiveRecords(LocalDate.of(2016, 12, 1), RecordsCompleteness.COMPLETE)
                .assignReviewer(LocalDate.of(2016, 12, 2), "rev-a");

        ImrCase reassigned = inReview.reassignReviewer(LocalDate.of(2016, 12, 3), "rev-b", "owns part of the facility");
        assertThat(reassigned.status()).isEqualTo(new CaseStatus.InReview(LocalDate.of(2016, 12, 3), "rev-b"));
        assertThat(reassigned.events().get(reassigned.events().size() - 1).describe()).isEqualTo("Reviewer rev-b "
                + "assigned in place of the reviewer assigned before: owns part of the facility");
        assertThatThrownBy(() -> inReview.reassignReviewer(LocalDate.of(2016, 12, 3), "rev-a", "why"))
                .hasMessage("Case " + inReview.caseNumber() + " is already with reviewer rev-a: choose another "
                        + "reviewer.");
        assertThatThrownBy(() -> eligible().reassignReviewer(SCREENED, "rev-b", "why"))
                .hasMessage("Case " + inReview.caseNumber() + " is eligible, notice of assignment to be sent: only a "
                        + "case in review is reassigned.");
    }
}

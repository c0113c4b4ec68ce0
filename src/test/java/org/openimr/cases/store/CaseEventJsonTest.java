package org.openimr.cases.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openimr.cases.ApplicationForm;
import org.openimr.cases.CaseEvent;
import org.openimr.cases.EligibilitySpecification;
import org.openimr.cases.ImrCase;
import org.openimr.cases.InMemoryCaseNumberSequence;
import org.openimr.cases.NamedParty;
import org.openimr.cases.NoticeMethod;
import org.openimr.cases.RecordsCompleteness;
import org.openimr.cases.ScreeningContext;
import org.openimr.cases.ServiceMethod;
import org.openimr.cases.Timeframes;
import org.openimr.reviewers.IdentifierScheme;
import org.openimr.reviewers.PartyIdentifier;
import org.openimr.reviewers.PartyRole;
import org.openimr.shared.Outcome;
import org.openimr.shared.Priority;

class CaseEventJsonTest {

    static final LocalDate TODAY = LocalDate.of(2017, 3, 1);

    static ApplicationForm form() {
        return new ApplicationForm().reviewType(Priority.STANDARD).employee("Maria", "L", "Testperson")
                .employeeBornOn(LocalDate.of(1984, 5, 2)).employeeAddress("100 Sample Street", "Fresno", "CA", "93701")
                .employeeContact("(559) 555-0100", "maria@example.org").claimNumber("CLM-2016-000123")
                .injuredOn(LocalDate.of(2016, 10, 11)).employer("Example Packing Co.")
                .claimsAdministrator("Sample Claims Services", "J. Adjuster", "916-555-0199")
                .requestingPhysician("Ana", "Doctorson", "Family Practice")
                .urDecision(LocalDate.of(2016, 11, 4), ServiceMethod.MAIL).urDecisionAttached(true).signed(true)
                .disputedItem("Cervical spine MRI without contrast", "Cervical sprain", "S13.4XXA")
                .receivedOn(LocalDate.of(2016, 11, 21));
    }

    @Test
    void everyEventOfAWholeCaseReadsBackEqual() {
        ImrCase c = ImrCase.open(new InMemoryCaseNumberSequence(), form().receive(TODAY), LocalDate.of(2016, 11, 21))
                .screen(LocalDate.of(2016, 11, 22), EligibilitySpecification.standard(), ScreeningContext.standard())
                .sendNoarfi(LocalDate.of(2016, 11, 23), NoticeMethod.MAIL)
                .receiveRecords(LocalDate.of(2016, 12, 1), RecordsCompleteness.COMPLETE)
                .assignReviewer(LocalDate.of(2016, 12, 2), "reviewer")
                .issueDetermination(LocalDate.of(2016, 12, 20), List.of(Outcome.UPHELD));
        List<CaseEvent> back = c.events().stream().map(CaseEventJson::write).map(CaseEventJson::read).toList();
        assertThat(back).isEqualTo(c.events());
        assertThat(ImrCase.replay(c.caseNumber(), back, Timeframes.current()).status()).isEqualTo(c.status());
    }

    @Test
    void aNamedPartyAndAReassignmentReadBackEqual() {
        CaseEvent named = new CaseEvent.PartyNamed(TODAY, new NamedParty(PartyRole.MANUFACTURER, "Examplon Devices",
                Optional.of(new PartyIdentifier(IdentifierScheme.FDA_LABELER, "12345")),
                Optional.of("Cervical spine MRI without contrast")));
        CaseEvent bare = new CaseEvent.PartyNamed(TODAY, new NamedParty(PartyRole.FACILITY, "Testvale Surgery Center",
                Optional.empty(), Optional.empty()));
        CaseEvent reassigned = new CaseEvent.ReviewerAssigned(TODAY, "rev-b", Optional.of("owns part of the facility"));
        for (CaseEvent e : List.of(named, bare, reassigned)) {
            assertThat(CaseEventJson.read(CaseEventJson.write(e))).isEqualTo(e);
        }
        assertThat(CaseEventJson.typeOf(named)).isEqualTo("PartyNamed");
        assertThat(CaseEventJson.write(named)).contains("\"role\":\"MANUFACTURER\"")
                .contains("\"scheme\":\"FDA_LABELER\"");
        // an assignment stored before reassignments had a reason reads back without one
        assertThat(CaseEventJson.read("{\"type\":\"ReviewerAssigned\",\"on\":\"2017-03-01\",\"reviewer\":\"rev-a\"}"))
                .isEqualTo(new CaseEvent.ReviewerAssigned(TODAY, "rev-a"));
    }

    @Test
    void anIncompleteApplicationKeepsItsProblems() {
        CaseEvent received = new CaseEvent.ApplicationReceived(new ApplicationForm().receivedOn(TODAY).receive(TODAY));
        String json = CaseEventJson.write(received);
        assertThat(json).contains("\"kind\":\"incomplete\"").contains("employee.firstName");
        assertThat(CaseEventJson.read(json)).isEqualTo(received);
    }

    @Test
    void theRepresentativeIsStoredAndReadBack() {
        CaseEvent received = new CaseEvent.ApplicationReceived(form()
                .representative("Linda Park", org.openimr.cases.Representative.Kind.ATTORNEY, "Park & Reyes LLP")
                .representativeAddress("9 Counsel Row", "Fresno", "CA", "93702").receive(TODAY));
        String json = CaseEventJson.write(received);
        assertThat(json).contains("\"representative\":{\"name\":\"Linda Park\",\"kind\":\"ATTORNEY\"");
        assertThat(CaseEventJson.read(json)).isEqualTo(received);
    }

    @Test
    void anApplicationStoredBeforeTheRepresentativeReadsAsHavingNone() {
        CaseEvent received = new CaseEvent.ApplicationReceived(form().receive(TODAY));
        String stored = CaseEventJson.write(received).replace(",\"representative\":null", "")
                .replace(",\"representative\":{}", "");
        assertThat(stored).doesNotContain("representative");
        CaseEvent back = CaseEventJson.read(stored);
        assertThat(back).isEqualTo(received);
        assertThat(((org.openimr.cases.Application) ((CaseEvent.ApplicationReceived) back).application())
                .representative()).isEmpty();
    }

    @Test
    void theCertifyingPhysicianIsStoredAndAnOlderConversionReadsWithoutOne() {
        CaseEvent converted = new CaseEvent.ConvertedToExpedited(TODAY, java.util.Optional.of("Dr. Ana Doctorson"));
        String json = CaseEventJson.write(converted);
        assertThat(json).contains("\"certifiedBy\":\"Dr. Ana Doctorson\"");
        assertThat(CaseEventJson.read(json)).isEqualTo(converted);

        CaseEvent older = CaseEventJson.read("{\"type\":\"ConvertedToExpedited\",\"on\":\"2017-03-01\"}");
        assertThat(older).isEqualTo(new CaseEvent.ConvertedToExpedited(TODAY, java.util.Optional.empty()));
        assertThat(older.describe()).isEqualTo("Converted to expedited review on the certification of the treating "
                + "physician");
    }

    @Test
    void aConsolidationNamesBothCasesAndAnOlderOneReadsWithoutTheAbsorbedCase() {
        org.openimr.shared.CaseNumber absorbed = org.openimr.shared.CaseNumber.of("CM17-0000007");
        org.openimr.cases.Application application = form().toApplication(TODAY);
        CaseEvent joined = new CaseEvent.ApplicationConsolidated(TODAY, application, application.disputedItems(),
                java.util.Optional.of(absorbed));
        CaseEvent closed = new CaseEvent.ConsolidatedInto(TODAY, org.openimr.shared.CaseNumber.of("CM17-0000003"));
        assertThat(CaseEventJson.read(CaseEventJson.write(joined))).isEqualTo(joined);
        assertThat(CaseEventJson.read(CaseEventJson.write(closed))).isEqualTo(closed);
        assertThat(CaseEventJson.write(closed)).contains("\"type\":\"ConsolidatedInto\"");

        String older = CaseEventJson.write(joined).replace(",\"fromCase\":{\"value\":\"CM17-0000007\"}", "")
                .replace(",\"fromCase\":\"CM17-0000007\"", "");
        assertThat(older).doesNotContain("fromCase");
        assertThat(((CaseEvent.ApplicationConsolidated) CaseEventJson.read(older)).fromCase()).isEmpty();
    }
}

package org.openimr.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.cases.Fixtures.TODAY;
import static org.openimr.cases.Fixtures.form;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DuplicatesAndConsolidationTest {

    private final Application first = form().toApplication(TODAY);

    @Test
    void theSameApplicationSentAgainIsADuplicate() {
        Application again = form().employee("maria", null, "TESTPERSON").claimNumber("CLM 2016-000123")
                .disputedItem("cervical spine MRI, without contrast", null, null)
                .receivedOn(LocalDate.of(2016, 11, 28)).toApplication(TODAY);
        assertThat(Duplicates.isDuplicate(again, first)).isTrue();
        assertThat(Duplicates.duplicateOf(again, List.of(first))).containsSame(first);
    }

    @Test
    void aNewTreatmentOrANewUrDecisionOrAnotherPersonIsNotADuplicate() {
        Application moreItems = form().disputedItem("Physical therapy x6", null, null).toApplication(TODAY);
        Application otherDecision = form().urDecision(LocalDate.of(2016, 11, 7), ServiceMethod.MAIL)
                .toApplication(TODAY);
        Application otherPerson = form().employeeBornOn(LocalDate.of(1985, 5, 2)).toApplication(TODAY);
        Application otherClaim = form().claimNumber("CLM-2015-999").toApplication(TODAY);
        assertThat(Duplicates.isDuplicate(moreItems, first)).isFalse();
        assertThat(Duplicates.isDuplicate(first, moreItems)).isTrue();
        assertThat(Duplicates.isDuplicate(otherDecision, first)).isFalse();
        assertThat(Duplicates.isDuplicate(otherPerson, first)).isFalse();
        assertThat(Duplicates.isDuplicate(otherClaim, first)).isFalse();
        assertThat(Duplicates.duplicateOf(first, List.of(first))).isEmpty();
    }

    @Test
    void applicationsOfTheSameEmployeePhysicianAndInjuryCanBeConsolidated() {
        Application secondDecision = form().urDecision(LocalDate.of(2016, 11, 10), ServiceMethod.ELECTRONIC)
                .disputedItem("Naproxen 550 mg #60", "Neck pain", "M54.2").toApplication(TODAY);
        Application otherPhysician = form().requestingPhysician("Ben", "Otherdoc", "Orthopedic Surgery")
                .toApplication(TODAY);
        Application otherInjury = form().injuredOn(LocalDate.of(2016, 9, 1)).toApplication(TODAY);

        assertThat(Consolidation.canConsolidate(first, secondDecision)).isTrue();
        assertThat(Consolidation.canConsolidate(first, otherPhysician)).isFalse();
        assertThat(Consolidation.canConsolidate(first, otherInjury)).isFalse();
        assertThat(Consolidation.groups(List.of(first, otherPhysician, secondDecision, otherInjury)))
                .extracting(List::size).containsExactly(2, 1, 1);
        assertThat(Consolidation.groups(List.of(first, otherPhysician, secondDecision)).get(0))
                .containsExactly(first, secondDecision);
    }
}

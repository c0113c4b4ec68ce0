package org.openimr.cases.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openimr.cases.issue.Recipient.Role;
import org.openimr.letters.LetterParties;
import org.openimr.letters.LetterParties.ClaimNumber;
import org.openimr.letters.LetterParties.PersonName;
import org.openimr.letters.LetterParties.PostalAddress;

/** The letter goes to the employee, to their representative when they designated one, and to the other parties. */
class RecipientTest {

    static final LetterParties PARTIES = new LetterParties(new PersonName("Maria L.", "Testperson"),
            new PostalAddress("100 Sample Street", "Fresno", "CA", "93701"), LocalDate.of(1984, 5, 2),
            new ClaimNumber("CLM-2016-000123"), "Example Packing Co.", "Sample Claims Services",
            new PersonName("Ana", "Doctorson"));

    @Test
    void withoutARepresentativeTheEmployeeThePhysicianAndTheAdministrator() {
        assertThat(Recipient.of(PARTIES)).containsExactly(
                new Recipient(Role.EMPLOYEE, "Maria L. Testperson"),
                new Recipient(Role.REQUESTING_PHYSICIAN, "Ana Doctorson"),
                new Recipient(Role.CLAIMS_ADMINISTRATOR, "Sample Claims Services"));
    }

    @Test
    void anAttorneyOfAFirmReceivesTheLetterWithTheEmployee() {
        LetterParties parties = PARTIES.withRepresentative(new LetterParties.Representative("Linda Park",
                Optional.of("Park & Reyes LLP"), new PostalAddress("9 Counsel Row", "Fresno", "CA", "93702")));
        assertThat(Recipient.of(parties)).containsExactly(
                new Recipient(Role.EMPLOYEE, "Maria L. Testperson"),
                new Recipient(Role.REPRESENTATIVE, "Linda Park, Park & Reyes LLP"),
                new Recipient(Role.REQUESTING_PHYSICIAN, "Ana Doctorson"),
                new Recipient(Role.CLAIMS_ADMINISTRATOR, "Sample Claims Services"));
    }

    @Test
    void aParentReceivesItUnderTheirOwnName() {
        LetterParties parties = PARTIES.withRepresentative(new LetterParties.Representative("Rosa Testperson",
                Optional.empty(), new PostalAddress("100 Sample Street", "Fresno", "CA", "93701")));
        assertThat(Recipient.of(parties)).extracting(Recipient::role, Recipient::name).contains(
                org.assertj.core.groups.Tuple.tuple(Role.REPRESENTATIVE, "Rosa Testperson"));
        assertThat(Recipient.of(parties)).hasSize(4);
    }
}

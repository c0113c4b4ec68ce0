package org.openimr.cases.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openimr.cases.ApplicationForm;
import org.openimr.cases.Representative;
import org.openimr.cases.ServiceMethod;
import org.openimr.cases.issue.Recipient;
import org.openimr.letters.LetterParties;
import org.openimr.shared.Priority;

/** The letter of a case is addressed to the representative of its application too, and they receive it. */
class CaseLettersPartiesTest {

    static final LocalDate TODAY = LocalDate.of(2017, 3, 1);

    static ApplicationForm form() {
        return new ApplicationForm().reviewType(Priority.STANDARD).employee("Maria", "L", "Testperson")
                .employeeBornOn(LocalDate.of(1984, 5, 2)).employeeAddress("100 Sample Street", "Fresno", "CA", "93701")
                .claimNumber("CLM-2016-000123").injuredOn(LocalDate.of(2016, 10, 11)).employer("Example Packing Co.")
                .claimsAdministrator("Sample Claims Services", null, null)
                .requestingPhysician("Ana", "Doctorson", "Family Practice")
                .urDecision(LocalDate.of(2016, 11, 4), ServiceMethod.MAIL).urDecisionAttached(true).signed(true)
                .disputedItem("Lumbar spine MRI without contrast", "Low back pain", "M54.50")
                .receivedOn(LocalDate.of(2016, 11, 21));
    }

    @Test
    void theRepresentativeOfTheApplicationIsAPartyOfTheLetterAndOneOfItsRecipients() {
        LetterParties parties = CaseLetters.parties(form()
                .representative("Linda Park", Representative.Kind.ATTORNEY, "Park & Reyes LLP")
                .representativeAddress("9 Counsel Row", "Fresno", "CA", "93702").toApplication(TODAY));

        assertThat(parties.representative()).contains(new LetterParties.Representative("Linda Park",
                Optional.of("Park & Reyes LLP"), new LetterParties.PostalAddress("9 Counsel Row", "Fresno", "CA",
                        "93702")));
        assertThat(Recipient.of(parties)).extracting(r -> r.role().name() + ": " + r.name()).containsExactly(
                "EMPLOYEE: Maria L Testperson", "REPRESENTATIVE: Linda Park, Park & Reyes LLP",
                "REQUESTING_PHYSICIAN: Ana Doctorson", "CLAIMS_ADMINISTRATOR: Sample Claims Services");
    }

    @Test
    void withoutRepresentativeTheLetterHasNone() {
        assertThat(CaseLetters.parties(form().toApplication(TODAY)).representative()).isEmpty();
    }
}

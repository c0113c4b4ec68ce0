package org.openimr.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.cases.Fixtures.TODAY;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openimr.cases.Representative.Kind;

/** The representative the employee designates on the form: optional, but complete when any of it is given. */
class RepresentativeFormTest {

    @Test
    void noRepresentativeIsValidAndRecordsNone() {
        assertThat(Fixtures.form().toApplication(TODAY).representative()).isEmpty();
    }

    @Test
    void anAttorneyWithFirmAndAddress() {
        Application a = Fixtures.form().representative(" Linda Park ", Kind.ATTORNEY, "Park & Reyes LLP")
                .representativeAddress("9 Counsel Row", "Fresno", "ca", "93702").toApplication(TODAY);
        assertThat(a.representative()).contains(new Representative("Linda Park", Kind.ATTORNEY,
                Optional.of("Park & Reyes LLP"), new PostalAddress("9 Counsel Row", "Fresno", "CA", "93702")));
        assertThat(a.representative().orElseThrow().describe()).isEqualTo("Linda Park (attorney, Park & Reyes LLP)");
    }

    @Test
    void aParentWithoutFirm() {
        Application a = Fixtures.form().representative("Rosa Testperson", Kind.PARENT_OR_GUARDIAN, " ")
                .representativeAddress("100 Sample Street", "Fresno", "CA", "93701").toApplication(TODAY);
        assertThat(a.representative().orElseThrow().describe()).isEqualTo("Rosa Testperson (parent or guardian)");
        assertThat(a.representative().orElseThrow().firm()).isEmpty();
    }

    @Test
    void aFirmAloneMakesNameKindAndAddressRequired() {
        ValidationProblems problems = Fixtures.form().representative(null, null, "Park & Reyes LLP")
                .validate(TODAY).problems();
        assertThat(problems.all()).extracting(ValidationProblems.Problem::toString).containsExactly(
                "representative.name: is missing",
                "representative.kind: is missing",
                "representative.address.street: is missing",
                "representative.address.city: is missing",
                "representative.address.state: is missing",
                "representative.address.zip: is missing");
    }

    @Test
    void aRepresentativeWithoutAddressIsRefusedFieldByField() {
        ValidationProblems problems = Fixtures.form().representative("Linda Park", Kind.ATTORNEY, null)
                .representativeAddress("9 Counsel Row", " ", "California", "9370").validate(TODAY).problems();
        assertThat(problems.all()).extracting(ValidationProblems.Problem::toString).containsExactly(
                "representative.address.city: is missing",
                "representative.address.state: \"California\" is not a two-letter state abbreviation such as CA",
                "representative.address.zip: \"9370\" is not a ZIP code (5 digits, or ZIP+4 such as 95814-1234)");
    }

    @Test
    void onlyAnAttorneyHasAFirm() {
        ValidationProblems problems = Fixtures.form().representative("Jorge Testperson", Kind.RELATIVE, "Park LLP")
                .representativeAddress("100 Sample Street", "Fresno", "CA", "93701").validate(TODAY).problems();
        assertThat(problems.all()).extracting(ValidationProblems.Problem::toString).containsExactly(
                "representative.firm: is only for an attorney (the representative is a relative)");
        assertThat(FieldNames.sentence(problems.all().get(0))).isEqualTo(
                "The representative's law firm is only for an attorney (the representative is a relative).");
    }
}

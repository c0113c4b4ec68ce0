package org.openimr.reviewers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PartyNameTest {

    @ParameterizedTest(name = "''{0}'' matches ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "Acme Insurance, Inc.            | ACME INSURANCE",
        "Acme Insurance Inc              | acme insurance",
        "Acme Insurance LLC              | Acme Insurance, L.L.C.",
        "Acme Insurance Company          | Acme Insurance Co.",
        "Acme Insurance Corp.            | Acme Insurance Corporation",
        "The Hartford                    | Hartford",
        "Baker & Price LLP               | Baker and Price",
        "Dr. Alan Smith, M.D.            | Alan Smith",
        "Smith, Alan                     | Alan Smith",
        "José Núñez                      | Jose Nunez",
        "O'Brien Medical Group           | OBrien Medical Group",
        "St. Mary Medical Center         | St Mary Medical Center",
        "Linda Park, Esq.                | Linda Park",
        "Valley-Spine   Medical  Group   | Valley Spine Medical Group",
    })
    void namesMatchAfterNormalisation(String written, String other) {
        assertThat(PartyName.of(written).sameAs(PartyName.of(other))).isTrue();
    }

    @ParameterizedTest(name = "''{0}'' does not match ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "Acme Insurance              | Acme Insurance Group",
        "Alan Smith                  | Alan J. Smith",
        "Alan Smith                  | Alan Smith Jr.",
        "Acme Insurance              | Acme Assurance",
        "Sunrise Packing             | Sunset Packing",
    })
    void differentNamesDoNotMatch(String written, String other) {
        assertThat(PartyName.of(written).sameAs(PartyName.of(other))).isFalse();
    }

    @Test
    void normalisedFormKeepsWordOrderAndDropsSuffixes() {
        assertThat(PartyName.of("ACME Insurance Services, Inc.").normalised()).isEqualTo("acme insurance services");
        assertThat(PartyName.of("Inc.").normalised()).isEqualTo("inc"); // a name of suffixes only is kept
    }

    @Test
    void blankNamesAreRefused() {
        assertThatThrownBy(() -> PartyName.of("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartyName.of("..,")).hasMessageContaining("at least one letter");
    }

    @Test
    void identifiersMatchWhateverTheNamesSayAndIgnoreDashes() {
        Party employer = Party.named("Sunrise Packing Co.", PartyIdentifier.fein("94-1234567"));
        Party sameFein = Party.named("Sunrise Holdings", PartyIdentifier.fein("941234567"));
        assertThat(employer.sameAs(sameFein)).contains("same FEIN 941234567");
        assertThat(employer.sameAs(Party.named("Sunrise Packing"))).contains("same name");
        assertThat(employer.sameAs(Party.named("Other Co", PartyIdentifier.npi("941234567")))).isEmpty();
    }
}

package org.openimr.cases;

import java.time.LocalDate;

import org.openimr.shared.Priority;

/** Synthetic applications for tests (invented people and claims; no real letter is copied). */
final class Fixtures {

    static final LocalDate TODAY = LocalDate.of(2017, 3, 1);
    static final Imro IMRO = new Imro("Example Review Organization",
            java.util.List.of("P.O. Box 100", "Sacramento, CA 95800"));

    private Fixtures() {
    }

    /**
     * A complete, eligible application: injury 2016-10-11, UR decision Friday 2016-11-04 served by mail, received
     * Monday 2016-11-21.
     */
    static ApplicationForm form() {
        return formWithoutItems()
                .disputedItem("Cervical spine MRI without contrast", "Cervical sprain", "S13.4XXA");
    }

    /** {@link #form()} without its disputed treatment. */
    static ApplicationForm formWithoutItems() {
        return new ApplicationForm()
                .reviewType(Priority.STANDARD)
                .employee("Maria", "L", "Testperson")
                .employeeBornOn(LocalDate.of(1984, 5, 2))
                .employeeAddress("100 Sample Street", "Fresno", "CA", "93701")
                .employeeContact("(559) 555-0100", "maria@example.org")
                .claimNumber("CLM-2016-000123")
                .injuredOn(LocalDate.of(2016, 10, 11))
                .employer("Example Packing Co.")
                .claimsAdministrator("Sample Claims Services", "J. Adjuster", "916-555-0199")
                .requestingPhysician("Ana", "Doctorson", "Family Practice")
                .urDecision(LocalDate.of(2016, 11, 4), ServiceMethod.MAIL)
                .urDecisionAttached(true)
                .signed(true)
                .receivedOn(LocalDate.of(2016, 11, 21));
    }

    static Application application() {
        return form().toApplication(TODAY);
    }
}

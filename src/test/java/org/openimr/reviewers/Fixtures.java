package org.openimr.reviewers;

import org.openimr.shared.BodyRegion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.openimr.shared.CaseNumber;
import org.openimr.shared.Priority;

/** A qualified reviewer, a typical case and the module's standard rule book and fit table, for tests. */
final class Fixtures {

    /** Thursday 5 January 2017, 9:00 in California. */
    static final LocalDate TODAY = LocalDate.of(2017, 1, 5);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2017-01-05T17:00:00Z"), ZoneOffset.UTC);
    static final RuleBook RULES = RuleBook.standard();
    static final SpecialtyFitTable FIT = SpecialtyFitTable.standard();
    static final ReviewerMatcher MATCHER = new ReviewerMatcher(RULES, FIT);
    static final AttestationKey KEY = AttestationKey.of("0123456789abcdef0123456789abcdef-test-only".getBytes());

    static final DisputedItemKind LUMBAR_MRI =
            DisputedItemKind.of("Diagnostic Testing", "Imaging", BodyRegion.LUMBAR_SPINE);
    static final DisputedItemKind SHOULDER_ARTHROSCOPY =
            DisputedItemKind.of("Surgery", "Arthroscopic", BodyRegion.SHOULDER);

    private Fixtures() {
    }

    /** A reviewer who meets every hard rule and has no affiliation; specialties as given (board certifications). */
    static Reviewer.Builder qualified(String id, String... specialties) {
        Reviewer.Builder b = Reviewer.builder(ReviewerId.of(id), ReviewerName.of("Dr. Reviewer " + id))
                .license(UsState.CALIFORNIA, "A" + id.hashCode(), LicenseStatus.ACTIVE, TODAY.plusYears(2))
                .activePracticeSince(TODAY.minusYears(12))
                .weeklyHoursInActivePractice(32)
                .limits(10, 3)
                .affiliationsDeclaredOn(TODAY.minusMonths(2));
        String[] names = specialties.length == 0 ? new String[] {"Occupational Medicine"} : specialties;
        Arrays.stream(names).forEach(s -> b.certification(
                BoardCertification.lifetime(s, "American Board of " + s, TODAY.minusYears(10))));
        return b;
    }

    static CaseParties parties() {
        return CaseParties.builder()
                .employee("Maria Lopez")
                .employer("Sunrise Packing Co.", PartyIdentifier.fein("94-1234567"))
                .insurer("Golden State Mutual Insurance Company")
                .claimsAdministrator("Acme Insurance Services, Inc.")
                .officerDirectorOrManager("Robert Chen")
                .defenseAttorney("Baker & Price LLP")
                .employeeAttorney("Linda Park, Esq.")
                .requestingProvider("Dr. Alan Smith, M.D.", PartyIdentifier.npi("1234567890"))
                .treatingProvider("Valley Spine Medical Group")
                .facility("St. Mary Medical Center")
                .manufacturer("Medtronic, Inc.")
                .build();
    }

    static CaseToAssign kase(String number, LocalDate due, DisputedItemKind... items) {
        return new CaseToAssign(CaseNumber.of(number), Priority.STANDARD, due, parties(),
                List.of(items.length == 0 ? new DisputedItemKind[] {LUMBAR_MRI} : items));
    }

    static CaseToAssign kase(String number) {
        return kase(number, TODAY.plusDays(30));
    }

    static Party party(String name, PartyIdentifier... ids) {
        return Party.named(name, ids);
    }
}

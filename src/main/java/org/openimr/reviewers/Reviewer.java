package org.openimr.reviewers;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A member of the reviewer panel with the credentials, practice, history, affiliations and availability that
 * screening needs.
 *
 * <p>Confidential by construction: {@link #toString()} prints the id only, never the name, license numbers,
 * identifiers or affiliations, any of which would identify the reviewer outside the organization.
 *
 * @param identifiers            the reviewer's own identifiers (NPI ...), to catch a reviewer who is a party of the case
 * @param subspecialties         subspecialties in the order letters list them after the board certifications
 * @param activePracticeSince    the day active clinical practice began
 * @param weeklyHoursInActivePractice hours a week currently spent in active practice, as last attested
 * @param unavailable            periods the reviewer cannot work on cases
 * @param affiliationsDeclaredOn the day of the reviewer's latest declaration of affiliations
 */
public record Reviewer(ReviewerId id, ReviewerName name, Profession profession, Set<PartyIdentifier> identifiers,
        List<License> licenses, List<BoardCertification> certifications, List<Specialty> subspecialties,
        LocalDate activePracticeSince, int weeklyHoursInActivePractice, List<DisciplinaryEntry> disciplinaryHistory,
        List<UnavailablePeriod> unavailable, WorkloadLimits limits, List<Affiliation> affiliations,
        LocalDate affiliationsDeclaredOn) {

    public Reviewer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(profession, "profession");
        identifiers = Set.copyOf(identifiers);
        licenses = List.copyOf(licenses);
        certifications = List.copyOf(certifications);
        subspecialties = List.copyOf(subspecialties);
        Objects.requireNonNull(activePracticeSince, "active practice since");
        if (weeklyHoursInActivePractice < 0 || weeklyHoursInActivePractice > 168) {
            throw new IllegalArgumentException("weekly hours must be between 0 and 168: " + weeklyHoursInActivePractice);
        }
        disciplinaryHistory = List.copyOf(disciplinaryHistory);
        List<UnavailablePeriod> sorted = new ArrayList<>(unavailable);
        sorted.sort(Comparator.comparing(UnavailablePeriod::from));
        unavailable = List.copyOf(sorted);
        Objects.requireNonNull(limits, "workload limits");
        affiliations = List.copyOf(affiliations);
        Objects.requireNonNull(affiliationsDeclaredOn, "affiliations declared on");
    }

    public static Builder builder(ReviewerId id, ReviewerName name) {
        return new Builder(id, name);
    }

    /** A builder holding everything of this reviewer, to make a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(id, name).profession(profession).activePracticeSince(activePracticeSince)
                .weeklyHoursInActivePractice(weeklyHoursInActivePractice)
                .limits(limits.maxOpenCases(), limits.maxNewCasesPerDay()).affiliationsDeclaredOn(affiliationsDeclaredOn);
        identifiers.forEach(b::identifier);
        licenses.forEach(b::license);
        certifications.forEach(b::certification);
        b.subspecialties.addAll(subspecialties);
        disciplinaryHistory.forEach(b::disciplinary);
        unavailable.forEach(p -> b.unavailable(p.from(), p.through()));
        affiliations.forEach(b::affiliation);
        return b;
    }

    /** Board-certified specialties current on that day, then subspecialties, in the order they were recorded. */
    public List<Specialty> specialtiesOn(LocalDate day) {
        Set<Specialty> all = new LinkedHashSet<>();
        for (BoardCertification c : certifications) {
            if (c.isCurrentOn(day)) {
                all.add(c.specialty());
            }
        }
        all.addAll(subspecialties);
        return List.copyOf(all);
    }

    /** Whole years of active practice completed by that day. */
    public int yearsInActivePracticeOn(LocalDate day) {
        return day.isBefore(activePracticeSince) ? 0 : Period.between(activePracticeSince, day).getYears();
    }

    /** How many days of [from, through] the reviewer is available (not in any unavailable period). */
    public long availableDays(LocalDate from, LocalDate through) {
        if (through.isBefore(from)) {
            return 0;
        }
        long days = ChronoUnit.DAYS.between(from, through) + 1;
        LocalDate coveredUpTo = from.minusDays(1);
        long unavailableDays = 0;
        for (UnavailablePeriod p : unavailable) { // sorted by start: count each day once even when periods overlap
            LocalDate start = p.from().isAfter(coveredUpTo) ? p.from() : coveredUpTo.plusDays(1);
            if (!p.through().isBefore(start)) {
                unavailableDays += new UnavailablePeriod(start, p.through()).overlapDays(from, through);
                coveredUpTo = p.through();
            }
        }
        return days - unavailableDays;
    }

    /** The reviewer as a party, for catching a reviewer who is the treating or requesting provider of the case. */
    Party asParty() {
        return name.asParty(identifiers);
    }

    /** The id only: see the class comment. */
    @Override
    public String toString() {
        return "Reviewer[" + id + "]";
    }

    /** Builds a reviewer; lists default to empty, profession to physician. */
    public static final class Builder {
        private ReviewerId id;
        private ReviewerName name;
        private Profession profession = Profession.PHYSICIAN;
        private final Set<PartyIdentifier> identifiers = new LinkedHashSet<>();
        private final List<License> licenses = new ArrayList<>();
        private final List<BoardCertification> certifications = new ArrayList<>();
        private final List<Specialty> subspecialties = new ArrayList<>();
        private LocalDate activePracticeSince;
        private int weeklyHours;
        private final List<DisciplinaryEntry> disciplinaryHistory = new ArrayList<>();
        private final List<UnavailablePeriod> unavailable = new ArrayList<>();
        private WorkloadLimits limits;
        private final List<Affiliation> affiliations = new ArrayList<>();
        private LocalDate affiliationsDeclaredOn;

        private Builder(ReviewerId id, ReviewerName name) {
            this.id = id;
            this.name = name;
        }

        /** Another id (a new reviewer gets the panel's next id when stored). */
        public Builder id(ReviewerId newId) {
            this.id = newId;
            return this;
        }

        public Builder name(ReviewerName newName) {
            this.name = newName;
            return this;
        }

        /** Replaces the lists the staff edit as a whole. */
        public Builder withoutLicenses() {
            licenses.clear();
            return this;
        }

        public Builder withoutCertifications() {
            certifications.clear();
            return this;
        }

        public Builder withoutAffiliations() {
            affiliations.clear();
            return this;
        }

        public Builder withoutSubspecialties() {
            subspecialties.clear();
            return this;
        }

        public Builder profession(Profession profession) {
            this.profession = profession;
            return this;
        }

        public Builder identifier(PartyIdentifier identifier) {
            identifiers.add(identifier);
            return this;
        }

        public Builder license(License license) {
            licenses.add(license);
            return this;
        }

        public Builder license(UsState state, String number, LicenseStatus status, LocalDate expires) {
            return license(new License(state, number, status, expires));
        }

        public Builder certification(BoardCertification certification) {
            certifications.add(certification);
            return this;
        }

        public Builder subspecialty(String... names) {
            Arrays.stream(names).map(Specialty::of).forEach(subspecialties::add);
            return this;
        }

        public Builder activePracticeSince(LocalDate since) {
            this.activePracticeSince = since;
            return this;
        }

        public Builder weeklyHoursInActivePractice(int hours) {
            this.weeklyHours = hours;
            return this;
        }

        public Builder disciplinary(DisciplinaryEntry entry) {
            disciplinaryHistory.add(entry);
            return this;
        }

        public Builder unavailable(LocalDate from, LocalDate through) {
            unavailable.add(new UnavailablePeriod(from, through));
            return this;
        }

        public Builder limits(int maxOpenCases, int maxNewCasesPerDay) {
            this.limits = new WorkloadLimits(maxOpenCases, maxNewCasesPerDay);
            return this;
        }

        public Builder affiliation(Affiliation affiliation) {
            affiliations.add(affiliation);
            return this;
        }

        public Builder affiliationsDeclaredOn(LocalDate day) {
            this.affiliationsDeclaredOn = day;
            return this;
        }

        public Reviewer build() {
            return new Reviewer(id, name, profession, identifiers, licenses, certifications, subspecialties,
                    activePracticeSince, weeklyHours, disciplinaryHistory, unavailable, limits, affiliations,
                    affiliationsDeclaredOn);
        }
    }
}

package org.openimr.reviewers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.openimr.shared.CaseNumber;

/**
 * The reviewer's credentials as a letter states them, generated from the reviewer's record on the day of the letter,
 * never typed: the 2016-17 block ("State(s) of Licensure: California,Washington" / "Certification(s)/Specialty:
 * Physical Medicine &amp; Rehabilitation, Pain Management") and a qualifications paragraph in plain language for the
 * section on how the determination was made. Nothing here names the reviewer, and the paragraph states thresholds
 * ("more than five years"), not the reviewer's own figures, which would help identify them.
 *
 * <p>It only states what is true: {@link #forLetter} refuses a reviewer without an active license or current
 * certification, or below the rule book's years and hours, and the no-affiliation sentence needs the assignment
 * (with its attestation) of this reviewer: it names the roles of the parties the attestation checked.
 *
 * @param licensureStates the states of the active, unexpired licenses, in the order recorded
 * @param certifications  current board certifications, then subspecialties, in the order recorded
 */
public record CredentialsStatement(List<String> licensureStates, List<String> certifications, String qualifications) {

    private static final String[] NUMBER_WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten"};

    public CredentialsStatement {
        licensureStates = List.copyOf(licensureStates);
        certifications = List.copyOf(certifications);
        Objects.requireNonNull(qualifications, "qualifications");
    }

    /** The credentials of the assigned reviewer for a letter dated {@code letterDate}, as the assigner made it. */
    public static CredentialsStatement forLetter(Reviewer reviewer, Assignment assignment, LocalDate letterDate,
            RuleBook rules) {
        return forLetter(reviewer, assignment.caseNumber(), assignment.reviewer(),
                assignment.attestation().partiesChecked().stream().map(CaseParty::role).distinct().sorted().toList(),
                letterDate, rules);
    }

    /** The credentials of the assigned reviewer for a letter dated {@code letterDate}, as the assignment was stored. */
    public static CredentialsStatement forLetter(Reviewer reviewer, ReviewerAssignments.Recorded assignment,
            LocalDate letterDate, RuleBook rules) {
        return forLetter(reviewer, assignment.caseNumber(), assignment.reviewer(), assignment.rolesChecked(),
                letterDate, rules);
    }

    /**
     * The block and the paragraph: specialty (board certifications, then subspecialties) and licensure from the
     * record on the letter date, the rule book's years and hours once the record shows the reviewer meets them, and
     * the absence of a material tie with the parties in the roles the conflict attestation checked.
     */
    private static CredentialsStatement forLetter(Reviewer reviewer, CaseNumber caseNumber, ReviewerId assigned,
            List<PartyRole> rolesChecked, LocalDate letterDate, RuleBook rules) {
        if (!assigned.equals(reviewer.id())) {
            throw new IllegalArgumentException("case " + caseNumber + " is assigned to " + assigned + ", not "
                    + reviewer.id());
        }
        if (rolesChecked.isEmpty()) {
            throw new IllegalStateException("the conflict attestation of case " + caseNumber + " checked no party");
        }
        CredentialsStatement block = forHeaderBlock(reviewer, letterDate, rules);
        List<String> states = block.licensureStates();
        List<String> boards = new ArrayList<>();
        for (BoardCertification c : reviewer.certifications()) {
            if (c.isCurrentOn(letterDate) && !boards.contains(c.specialty().name())) {
                boards.add(c.specialty().name());
            }
        }
        Set<String> subspecialties = new LinkedHashSet<>(block.certifications().subList(boards.size(),
                block.certifications().size()));
        int years = rules.minimumYearsInActivePractice();
        int hours = rules.minimumWeeklyHoursInActivePractice();
        List<String> certifications = block.certifications();

        String noun = reviewer.profession().noun();
        StringBuilder p = new StringBuilder();
        p.append("The reviewer who decided this case is ").append(article(noun)).append(' ').append(noun)
                .append(" certified by the board in ").append(inWords(boards));
        if (!subspecialties.isEmpty()) {
            p.append(", with a subspecialty in ").append(inWords(new ArrayList<>(subspecialties)));
        }
        p.append(", and holds a license to practice in ").append(inWords(states)).append(". ");
        p.append("The reviewer has been in active clinical practice for more than ").append(number(years))
                .append(" years and still works at least ").append(hours).append(" hours a week in active practice. ");
        p.append("Screened when the case was assigned, the reviewer has no material financial, professional or ")
                .append("family tie to ").append(inWords(rolesChecked.stream().map(PartyRole::phrase).toList(), "or"))
                .append(", and was chosen for training and experience in the specialties that evaluate and treat ")
                .append("the condition and the disputed items.");
        return new CredentialsStatement(states, certifications, p.toString());
    }

    /**
     * The 2016-17 header block of the reviewer's credentials (licensure states and certifications) for a letter dated
     * {@code letterDate}, with no qualifications paragraph ({@link #forLetter} adds it).
     * Refuses, as {@link #forLetter} does, a reviewer without an active license or current certification, or below
     * the rule book's years and hours.
     */
    public static CredentialsStatement forHeaderBlock(Reviewer reviewer, LocalDate letterDate, RuleBook rules) {
        List<String> states = new ArrayList<>();
        for (License l : reviewer.licenses()) {
            if (l.isActiveOn(letterDate) && !states.contains(l.state().displayName())) {
                states.add(l.state().displayName());
            }
        }
        if (states.isEmpty()) {
            throw new IllegalStateException(reviewer + " has no active license on " + letterDate);
        }
        List<String> boards = new ArrayList<>();
        for (BoardCertification c : reviewer.certifications()) {
            if (c.isCurrentOn(letterDate) && !boards.contains(c.specialty().name())) {
                boards.add(c.specialty().name());
            }
        }
        if (boards.isEmpty()) {
            throw new IllegalStateException(reviewer + " has no current board certification on " + letterDate);
        }
        int years = rules.minimumYearsInActivePractice();
        if (reviewer.yearsInActivePracticeOn(letterDate) < years) {
            throw new IllegalStateException(reviewer + " has less than " + years + " years of active practice");
        }
        int hours = rules.minimumWeeklyHoursInActivePractice();
        if (reviewer.weeklyHoursInActivePractice() < hours) {
            throw new IllegalStateException(reviewer + " practises less than " + hours + " hours a week");
        }
        Set<String> subspecialties = new LinkedHashSet<>();
        for (Specialty s : reviewer.subspecialties()) {
            if (!boards.contains(s.name())) {
                subspecialties.add(s.name());
            }
        }
        List<String> certifications = new ArrayList<>(boards);
        certifications.addAll(subspecialties);

        return new CredentialsStatement(states, certifications, "");
    }

    /** "State(s) of Licensure: California,Washington" (the letters mostly join states without a space). */
    public String licensureLine() {
        return "State(s) of Licensure: " + String.join(",", licensureStates);
    }

    /** "Certification(s)/Specialty: Physical Medicine &amp; Rehabilitation, Pain Management". */
    public String certificationLine() {
        return "Certification(s)/Specialty: " + String.join(", ", certifications);
    }

    /** The 2016-17 block: the licensure line and the certification line. */
    public String block() {
        return licensureLine() + "\n" + certificationLine();
    }

    /** "A", "A and B", "A, B and C". */
    static String inWords(List<String> items) {
        return inWords(items, "and");
    }

    /**
     * "A", "A or B", "A, B or C" with {@code "or"}; items that hold commas themselves are kept apart by semicolons
     * ("A; B, C and D; or E").
     */
    static String inWords(List<String> items, String conjunction) {
        if (items.size() == 1) {
            return items.get(0);
        }
        boolean commas = items.stream().anyMatch(i -> i.contains(","));
        String last = items.get(items.size() - 1);
        String rest = String.join(commas ? "; " : ", ", items.subList(0, items.size() - 1));
        return rest + (commas ? "; " : " ") + conjunction + " " + last;
    }

    private static String number(int n) {
        return n >= 0 && n < NUMBER_WORDS.length ? NUMBER_WORDS[n] : Integer.toString(n);
    }

    private static String article(String noun) {
        return "aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an" : "a";
    }
}

package org.openimr.reviewers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The reviewer's credentials as a letter states them, generated from the reviewer's record on the day of the letter,
 * never typed: the 2016-17 block ("State(s) of Licensure: California,Washington" / "Certification(s)/Specialty:
 * Physical Medicine &amp; Rehabilitation, Pain Management") and a qualifications paragraph in plain language for the
 * prose layouts. Nothing here names the reviewer, and the paragraph states thresholds ("more than five years"), not
 * the reviewer's own figures, which would help identify them.
 *
 * <p>It only states what is true: {@link #forLetter} refuses a reviewer without an active license or current
 * certification, or below the rule book's years and hours, and the no-affiliation sentence needs the assignment
 * (with its attestation) of this reviewer.
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

    /** The credentials of the assigned reviewer for a letter dated {@code letterDate}. */
    public static CredentialsStatement forLetter(Reviewer reviewer, Assignment assignment, LocalDate letterDate,
            RuleBook rules) {
        if (!assignment.reviewer().equals(reviewer.id())) {
            throw new IllegalArgumentException("case " + assignment.caseNumber() + " is assigned to "
                    + assignment.reviewer() + ", not " + reviewer.id());
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
        p.append("The reviewer has no financial, professional or family tie to the employee, the employer, the claims ")
                .append("administrator or the providers in this case, and was chosen for training and experience in ")
                .append("the specialties that evaluate and treat the condition and the disputed items.");
        return new CredentialsStatement(states, certifications, p.toString());
    }

    /**
     * The 2016-17 header block of the reviewer's credentials (licensure states and certifications) for a letter dated
     * {@code letterDate}, with no qualifications paragraph: that layout prints the IMRO's standard statement instead.
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
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String number(int n) {
        return n >= 0 && n < NUMBER_WORDS.length ? NUMBER_WORDS[n] : Integer.toString(n);
    }

    private static String article(String noun) {
        return "aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an" : "a";
    }
}

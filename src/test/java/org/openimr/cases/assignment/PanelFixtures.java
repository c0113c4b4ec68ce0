package org.openimr.cases.assignment;

import java.time.LocalDate;
import java.util.Optional;

import org.openimr.reviewers.BoardCertification;
import org.openimr.reviewers.LicenseStatus;
import org.openimr.reviewers.Reviewer;
import org.openimr.reviewers.ReviewerId;
import org.openimr.reviewers.ReviewerName;
import org.openimr.reviewers.ReviewerPanel;
import org.openimr.reviewers.UsState;
import org.openimr.shared.BusinessCalendar;

/**
 * A synthetic panel reviewer for the tests that take a case to review: a physician who passes every hard rule for the
 * synthetic cases of the tests (active California license, lifetime board certification in Physical Medicine &amp;
 * Rehabilitation with a subspecialty in Pain Management, 20 years and 30 hours a week in active practice, no
 * affiliation declared, room for many cases), linked to a staff sign-in name, so that a case is assigned to it through
 * the real screening ({@link CaseAssignment#assign}, or {@code POST /api/cases/{n}/reviewer-assignment}).
 */
public final class PanelFixtures {

    /**
     * The paragraph a letter states for a reviewer of {@link #reviewerSignedInAs} on a case whose parties are the
     * employee, the employer, the claims administrator and the requesting provider.
     */
    public static final String QUALIFICATIONS = "The reviewer who decided this case is a physician certified by the "
            + "board in Physical Medicine & Rehabilitation, with a subspecialty in Pain Management, and holds a "
            + "license to practice in California. The reviewer has been in active clinical practice for more than "
            + "five years and still works at least 24 hours a week in active practice. Screened when the case was "
            + "assigned, the reviewer has no material financial, professional or family tie to the employee, the "
            + "employer, the claims administrator or the requesting provider, and was chosen for training and "
            + "experience in the specialties that evaluate and treat the condition and the disputed items.";

    private PanelFixtures() {
    }

    /** The panel reviewer linked to {@code login}: the one already linked, or a new qualified one. */
    public static ReviewerId reviewerSignedInAs(ReviewerPanel panel, String login) {
        Optional<Reviewer> linked = panel.bySignInName(login);
        if (linked.isPresent()) {
            return linked.get().id();
        }
        ReviewerId id = panel.nextId();
        LocalDate today = LocalDate.now(BusinessCalendar.ZONE);
        panel.save(Reviewer.builder(id, ReviewerName.of("Dr. Testpanel Reviewer " + login))
                .license(UsState.CALIFORNIA, "T-" + id.value(), LicenseStatus.ACTIVE, today.plusYears(5))
                .certification(BoardCertification.lifetime("Physical Medicine & Rehabilitation",
                        "American Board of Physical Medicine and Rehabilitation", today.minusYears(18)))
                .subspecialty("Pain Management")
                .activePracticeSince(today.minusYears(20)).weeklyHoursInActivePractice(30).limits(100_000, 100_000)
                .affiliationsDeclaredOn(today.minusMonths(1)).build(), Optional.of(login), "ADD_REVIEWER", "");
        return id;
    }
}

/**
 * The IMR case lifecycle, from application to the issued Final Determination Letter.
 *
 * <ul>
 * <li>Application: {@link org.openimr.cases.ApplicationForm} (DWC Form IMR as received) validates into an
 * {@link org.openimr.cases.Application} or every {@link org.openimr.cases.ValidationProblems problem} with its field
 * path.</li>
 * <li>Eligibility: {@link org.openimr.cases.EligibilitySpecification} gives an
 * {@link org.openimr.cases.EligibilityDecision} (eligible, ineligible with every reason, deferred) under a
 * {@link org.openimr.cases.ScreeningContext} (filing rule, liability, earlier reviews);
 * {@link org.openimr.cases.Duplicates} and {@link org.openimr.cases.Consolidation}.</li>
 * <li>Case: {@link org.openimr.cases.ImrCase} is its dated {@link org.openimr.cases.CaseEvent events}; its
 * {@link org.openimr.cases.CaseStatus}, {@link org.openimr.cases.Deadline deadlines} and
 * {@link org.openimr.cases.Timeline} are derived, under {@link org.openimr.cases.Timeframes} and the California
 * {@link org.openimr.shared.BusinessCalendar}. The parties the records name beyond the application's
 * ({@link org.openimr.cases.NamedParty}: facility, maker of a disputed drug or device ...) are events too, screened
 * for conflicts by the assignment.</li>
 * <li>Notices: {@link org.openimr.cases.Notices} makes them from a case, {@link org.openimr.cases.NoticeRenderer}
 * prints them as text or HTML.</li>
 * <li>Reminders: {@link org.openimr.cases.ReminderSchedule} (data: {@code cases/reminders.yaml}) says which
 * {@link org.openimr.cases.Reminder reminders} a case calls for on a day, and for whom.</li>
 * </ul>
 * Plain Java: no Spring, no database.
 */
@ApplicationModule(displayName = "cases", allowedDependencies = {"shared", "shared :: cli", "letters", "casefile",
        "determination", "reviewers"})
package org.openimr.cases;

import org.springframework.modulith.ApplicationModule;

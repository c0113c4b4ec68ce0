package org.openimr.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openimr.cases.CaseEvent.ApplicationConsolidated;
import org.openimr.cases.CaseEvent.ApplicationReceived;
import org.openimr.cases.CaseEvent.ConvertedToExpedited;
import org.openimr.cases.CaseEvent.DeterminationIssued;
import org.openimr.cases.CaseEvent.EligibilityDetermined;
import org.openimr.cases.CaseEvent.InformationReceived;
import org.openimr.cases.CaseEvent.InformationRequested;
import org.openimr.cases.CaseEvent.NoarfiSent;
import org.openimr.cases.CaseEvent.RecordsReceived;
import org.openimr.cases.CaseEvent.ReviewerAssigned;
import org.openimr.cases.CaseEvent.TerminatedByAuthorization;
import org.openimr.cases.CaseEvent.Withdrawn;
import org.openimr.shared.BusinessCalendar.LastDay;
import org.openimr.shared.Priority;

/**
 * Derives a case's deadlines from its events.
 *
 * <ul>
 * <li>Application: the filing window of each complete application ({@link FilingDeadlineRule}).</li>
 * <li>Reply to a request for information: 5 business days after it.</li>
 * <li>NOARFI: 1 business day after the finding of eligibility.</li>
 * <li>Records: 15 days after a mailed NOARFI, 12 after an electronic one, the last day moved to the next business day
 * when it is closed (the claims administrator files with the state's designee: Gov. Code 6707, CCP 12a); in an
 * expedited review 24 hours, counted as the next calendar day; a conversion to expedited brings the due date forward to
 * 24 hours after the conversion, if sooner.</li>
 * <li>Determination: the clock starts when the records are complete, or when a reviewer is assigned if that comes first
 * (the IMRO then proceeds on the records it has). 30 calendar days; 3 in an expedited review (or 3 after a later
 * conversion, if sooner); 5 business days when a treatment is a drug formulary medication in a dispute from 2018. This
 * deadline is the IMRO's own and is not moved off weekends.</li>
 * </ul>
 * A deadline not met when the case closes is MISSED or NO_LONGER_DUE (see {@link Timeliness}).
 */
final class CaseDeadlines {

    private CaseDeadlines() {
    }

    static List<Deadline> of(List<CaseEvent> events, Timeframes t) {
        Optional<LocalDate> closedOn = events.stream().filter(CaseDeadlines::closes).map(CaseEvent::on).findFirst();
        Optional<LocalDate> expeditedOn = expeditedOn(events);
        List<Deadline> deadlines = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            CaseEvent event = events.get(i);
            List<CaseEvent> after = events.subList(i + 1, events.size());
            if (event instanceof ApplicationReceived e && e.application() instanceof Application application) {
                deadlines.add(filing(application, t));
            } else if (event instanceof InformationReceived e && e.completed().isPresent()) {
                deadlines.add(filing(e.completed().get(), t));
            } else if (event instanceof ApplicationConsolidated e) {
                deadlines.add(filing(e.application(), t));
            } else if (event instanceof InformationRequested e) {
                LocalDate due = t.calendar().plusBusinessDays(e.on(), t.informationReplyBusinessDays());
                deadlines.add(deadline(DeadlineKind.INFORMATION_REPLY, e.on(), due,
                        t.informationReplyBusinessDays() + " business days after the request (8 CCR 9792.10.3)",
                        first(after, InformationReceived.class), closedOn));
            } else if (event instanceof EligibilityDetermined e
                    && e.decision() instanceof EligibilityDecision.Eligible) {
                LocalDate due = t.calendar().plusBusinessDays(e.on(), t.noarfiBusinessDays());
                deadlines.add(deadline(DeadlineKind.NOARFI_SENT, e.on(), due,
                        t.noarfiBusinessDays() + " business day after the finding of eligibility (8 CCR 9792.10.4)",
                        first(after, NoarfiSent.class), closedOn));
            } else if (event instanceof NoarfiSent e) {
                deadlines.add(records(e, expeditedOn, after, t, closedOn));
                determination(events, after, expeditedOn, t, closedOn).ifPresent(deadlines::add);
            }
        }
        return List.copyOf(deadlines);
    }

    /** The day the review became expedited: an expedited application's receipt, or a conversion. */
    static Optional<LocalDate> expeditedOn(List<CaseEvent> events) {
        for (CaseEvent event : events) {
            if (event instanceof ApplicationReceived e && e.application() instanceof Application a
                    && a.reviewType() == Priority.EXPEDITED) {
                return Optional.of(e.on());
            }
            if (event instanceof InformationReceived e && e.completed().isPresent()
                    && e.completed().get().reviewType() == Priority.EXPEDITED) {
                return Optional.of(e.completed().get().receivedOn());
            }
            if (event instanceof ConvertedToExpedited e) {
                return Optional.of(e.on());
            }
        }
        return Optional.empty();
    }

    private static Deadline filing(Application application, Timeframes t) {
        FilingWindow window = t.filing().window(application.urDecision());
        return new Deadline(DeadlineKind.APPLICATION_FILED, window.countsFrom(), window.lastDay(),
                window.basis() + " (LC 4610.5(h)(1); 8 CCR 9792.10.1)", Optional.of(application.receivedOn()),
                Optional.empty());
    }

    private static Deadline records(NoarfiSent noarfi, Optional<LocalDate> expeditedOn, List<CaseEvent> after,
            Timeframes t, Optional<LocalDate> closedOn) {
        Optional<LocalDate> complete = firstComplete(after);
        LocalDate due;
        String rule;
        if (expeditedOn.isPresent() && !expeditedOn.get().isAfter(noarfi.on())) {
            due = noarfi.on().plusDays(t.expeditedRecordsDays());
            rule = "24 hours after the notice, expedited review (8 CCR 9792.10.5)";
        } else {
            int days = noarfi.method() == NoticeMethod.MAIL ? t.recordsDaysAfterMail() : t.recordsDaysAfterElectronic();
            due = t.calendar().plusCalendarDays(noarfi.on(), days, LastDay.EXTENDED_TO_BUSINESS_DAY);
            rule = days + " days after the notice was sent " + noarfi.method().words() + " (8 CCR 9792.10.5)";
            Optional<LocalDate> convertedInTime = expeditedOn
                    .filter(c -> complete.isEmpty() || c.isBefore(complete.get()));
            if (convertedInTime.isPresent() && convertedInTime.get().plusDays(t.expeditedRecordsDays()).isBefore(due)) {
                due = convertedInTime.get().plusDays(t.expeditedRecordsDays());
                rule = "24 hours after conversion to expedited review (8 CCR 9792.10.5)";
            }
        }
        return deadline(DeadlineKind.RECORDS_RECEIVED, noarfi.on(), due, rule, complete, closedOn);
    }

    private static Optional<Deadline> determination(List<CaseEvent> events, List<CaseEvent> afterNoarfi,
            Optional<LocalDate> expeditedOn, Timeframes t, Optional<LocalDate> closedOn) {
        Optional<LocalDate> recordsComplete = firstComplete(afterNoarfi);
        Optional<LocalDate> assigned = first(afterNoarfi, ReviewerAssigned.class);
        Optional<LocalDate> start = recordsComplete.isEmpty() ? assigned
                : assigned.isEmpty() || !assigned.get().isBefore(recordsComplete.get()) ? recordsComplete : assigned;
        if (start.isEmpty()) {
            return Optional.empty();
        }
        LocalDate from = start.get();
        String startWords = recordsComplete.equals(start) ? "after the records were complete"
                : "after a reviewer was assigned (records not complete)";
        Optional<LocalDate> determined = first(afterNoarfi, DeterminationIssued.class);
        LocalDate due;
        String rule;
        if (isFormularyDispute(events, t)) {
            due = t.calendar().plusBusinessDays(from, t.formularyWorkingDays());
            rule = t.formularyWorkingDays() + " working days " + startWords + ", drug formulary dispute "
                    + "(LC 4610.6(d)(1)(A))";
        } else if (expeditedOn.isPresent() && !expeditedOn.get().isAfter(from)) {
            due = from.plusDays(t.expeditedDeterminationDays());
            rule = t.expeditedDeterminationDays() + " days " + startWords + ", expedited review (LC 4610.6(d)(2))";
        } else {
            due = from.plusDays(t.determinationDays());
            rule = t.determinationDays() + " days " + startWords + " (LC 4610.6(d)(1)(B))";
            Optional<LocalDate> convertedInTime = expeditedOn
                    .filter(c -> determined.isEmpty() || c.isBefore(determined.get()));
            if (convertedInTime.isPresent()
                    && convertedInTime.get().plusDays(t.expeditedDeterminationDays()).isBefore(due)) {
                due = convertedInTime.get().plusDays(t.expeditedDeterminationDays());
                rule = t.expeditedDeterminationDays() + " days after conversion to expedited review (LC 4610.6(d)(2))";
            }
        }
        return Optional.of(deadline(DeadlineKind.DETERMINATION_ISSUED, from, due, rule, determined, closedOn));
    }

    private static boolean isFormularyDispute(List<CaseEvent> events, Timeframes t) {
        for (CaseEvent event : events) {
            if (event instanceof EligibilityDetermined e && e.decision() instanceof EligibilityDecision.Eligible ok) {
                Optional<Application> application = application(events);
                if (application.isPresent() && !application.get().receivedOn().isBefore(t.formularyDisputesFrom())
                        && ok.items().stream().anyMatch(DisputedItem::formularyMedication)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Optional<Application> application(List<CaseEvent> events) {
        for (CaseEvent event : events) {
            if (event instanceof ApplicationReceived e && e.application() instanceof Application a) {
                return Optional.of(a);
            }
            if (event instanceof InformationReceived e && e.completed().isPresent()) {
                return e.completed();
            }
        }
        return Optional.empty();
    }

    private static Deadline deadline(DeadlineKind kind, LocalDate from, LocalDate due, String rule,
            Optional<LocalDate> metOn, Optional<LocalDate> closedOn) {
        return new Deadline(kind, from, due, rule, metOn, metOn.isPresent() ? Optional.empty() : closedOn);
    }

    private static Optional<LocalDate> first(List<CaseEvent> events, Class<? extends CaseEvent> type) {
        return events.stream().filter(type::isInstance).map(CaseEvent::on).findFirst();
    }

    private static Optional<LocalDate> firstComplete(List<CaseEvent> events) {
        return events.stream().filter(e -> e instanceof RecordsReceived r
                && r.completeness() == RecordsCompleteness.COMPLETE).map(CaseEvent::on).findFirst();
    }

    private static boolean closes(CaseEvent event) {
        return event instanceof DeterminationIssued || event instanceof TerminatedByAuthorization
                || event instanceof Withdrawn || event instanceof CaseEvent.ConsolidatedInto || (event instanceof EligibilityDetermined e
                        && e.decision() instanceof EligibilityDecision.Ineligible);
    }
}

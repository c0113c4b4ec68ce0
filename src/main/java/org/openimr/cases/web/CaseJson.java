package org.openimr.cases.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.openimr.cases.CaseEvent;
import org.openimr.cases.CaseStatus;
import org.openimr.cases.Finding;
import org.openimr.cases.ImrCase;
import org.openimr.cases.NamedParty;
import org.openimr.cases.PostalAddress;
import org.openimr.cases.Representative;
import org.openimr.cases.Timeline;
import org.openimr.cases.service.CaseService;
import org.openimr.cases.service.SentReminder;
import org.openimr.cases.store.CaseEventJson;
import org.openimr.cases.store.StatusCode;
import org.openimr.cases.store.StoredCase;

/** The JSON the case API answers with. */
public final class CaseJson {

    private CaseJson() {
    }

    public record Status(String code, String description, LocalDate since) {
    }

    public record Reason(String reason, String explanation, String facts) {
    }

    public record Event(int seq, LocalDate on, String type, String description) {
    }

    public record DeadlineJson(String kind, String step, String owedBy, LocalDate startsFrom, LocalDate due,
            String rule, LocalDate metOn, String state, long days, String description) {
    }

    /** A reminder sent about a step of the case: for whom, on which day (recorded only; nothing is delivered). */
    public record ReminderJson(String step, LocalDate due, String recipient, LocalDate sentOn, Instant sentAt,
            String description) {

        static ReminderJson of(SentReminder r) {
            return new ReminderJson(r.reminder().step().name(), r.reminder().due(), r.reminder().recipient().name(),
                    r.sentOn(), r.sentAt(), r.describe());
        }
    }

    /** A line of the case's timeline: an event ({@code EVENT}) or a reminder sent ({@code REMINDER}), by date. */
    public record TimelineEntry(LocalDate on, String kind, String description) {
    }

    public record Case(String caseNumber, int version, Status status, String priority, String applicant,
            String reviewer, List<Reason> ineligibilityReasons, LocalDate asOf, List<Event> events,
            List<DeadlineJson> deadlines, List<MissingInformation> missingInformation,
            RepresentativeJson representative, List<ReminderJson> reminders, List<TimelineEntry> timeline,
            List<NamedPartyJson> partiesNamedInRecords, String assignedReviewerConflict) {
    }

    /**
     * A party the records or the UR decision name, screened for conflicts like the application's parties.
     *
     * @param role         FACILITY, MANUFACTURER, TREATING_PROVIDER, INSURER, DEFENSE_ATTORNEY or
     *                     OFFICER_DIRECTOR_OR_MANAGER
     * @param disputedItem the treatment it concerns; null for the case as a whole
     */
    public record NamedPartyJson(String role, String roleDescription, String name, IdentifierJson identifier,
            String disputedItem, LocalDate namedOn, String description) {
    }

    /** An identifier of a party: NPI, FEIN, NAIC, STATE_BAR or FDA_LABELER, and its value. */
    public record IdentifierJson(String scheme, String value) {
    }

    /** The representative the employee designated; absent (null) when none. */
    public record RepresentativeJson(String name, String kind, String firm, Address address, String description) {

        static RepresentativeJson of(Representative r) {
            PostalAddress a = r.address();
            return new RepresentativeJson(r.name(), r.kind().name(), r.firm().orElse(null),
                    new Address(a.street(), a.city(), a.state(), a.zip()), r.describe());
        }
    }

    public record Address(String street, String city, String state, String zip) {
    }

    /** A field of an incomplete application that the parties are asked about, and what is wrong with it. */
    public record MissingInformation(String field, String problem) {
    }

    public record Summary(String caseNumber, int version, String status, String priority, String applicant,
            LocalDate received, boolean overdue, LocalDate nextDue, String nextStep) {
    }

    /** The case with the reminders sent about it and the conflict its assigned reviewer has with its parties, if any. */
    public static Case of(StoredCase stored, LocalDate today, List<SentReminder> reminders,
            java.util.Optional<String> assignedReviewerConflict) {
        ImrCase c = stored.imrCase();
        Timeline timeline = c.timeline(today);
        List<Event> events = new java.util.ArrayList<>();
        for (int i = 0; i < c.events().size(); i++) {
            var e = c.events().get(i);
            events.add(new Event(i + 1, e.on(), CaseEventJson.typeOf(e), e.describe()));
        }
        return new Case(c.caseNumber().value(), stored.version(), status(c.status()), c.priority().name(),
                applicant(c), stored.reviewer(), reasons(c.status()), today, events, deadlines(timeline),
                missingInformation(c), c.application().flatMap(a -> a.representative())
                        .map(RepresentativeJson::of).orElse(null),
                reminders.stream().map(ReminderJson::of).toList(), timeline(events, reminders), namedParties(c),
                assignedReviewerConflict.orElse(null));
    }

    /** The events and the reminders in date order; on one day, the events first. */
    static List<TimelineEntry> timeline(List<Event> events, List<SentReminder> reminders) {
        List<TimelineEntry> entries = new java.util.ArrayList<>();
        events.forEach(e -> entries.add(new TimelineEntry(e.on(), "EVENT", e.description())));
        reminders.forEach(r -> entries.add(new TimelineEntry(r.sentOn(), "REMINDER", r.describe())));
        entries.sort(java.util.Comparator.comparing(TimelineEntry::on));
        return List.copyOf(entries);
    }

    static List<NamedPartyJson> namedParties(ImrCase c) {
        return c.events().stream().filter(CaseEvent.PartyNamed.class::isInstance).map(e -> {
            NamedParty p = ((CaseEvent.PartyNamed) e).party();
            return new NamedPartyJson(p.role().name(), p.role().phrase(), p.name(), p.identifier()
                    .map(id -> new IdentifierJson(id.scheme().name(), id.value())).orElse(null),
                    p.disputedItem().orElse(null), e.on(), p.describe());
        }).toList();
    }

    public static Summary summary(StoredCase stored, LocalDate today) {
        ImrCase c = stored.imrCase();
        var next = c.timeline(today).deadlines().stream()
                .filter(d -> d.timeliness().state() == org.openimr.cases.Timeliness.State.PENDING
                        || d.timeliness().state() == org.openimr.cases.Timeliness.State.OVERDUE)
                .min(java.util.Comparator.comparing(Timeline.DeadlineLine::due));
        return new Summary(c.caseNumber().value(), stored.version(), StatusCode.of(c.status()).name(),
                c.priority().name(), applicant(c), c.events().get(0).on(), CaseService.isOverdue(c, today),
                next.map(Timeline.DeadlineLine::due).orElse(null), next.map(d -> d.kind().step()).orElse(null));
    }

    /** While the application is incomplete: each field in question. */
    static List<MissingInformation> missingInformation(ImrCase c) {
        if (c.application().isPresent() || !(((org.openimr.cases.CaseEvent.ApplicationReceived) c.events().get(0))
                .application() instanceof org.openimr.cases.IncompleteApplication incomplete)) {
            return List.of();
        }
        return incomplete.problems().all().stream().map(p -> new MissingInformation(p.field(), p.message())).toList();
    }

    static String applicant(ImrCase c) {
        return ((org.openimr.cases.CaseEvent.ApplicationReceived) c.events().get(0)).application().applicantName();
    }

    static Status status(CaseStatus s) {
        return new Status(StatusCode.of(s).name(), s.describe(), s.since());
    }

    static List<Reason> reasons(CaseStatus s) {
        if (s instanceof CaseStatus.Ineligible i) {
            return i.findings().stream().map(CaseJson::reason).toList();
        }
        return List.of();
    }

    private static Reason reason(Finding f) {
        return new Reason(f.reason().name(), f.reason().plainLanguage(), f.facts());
    }

    static List<DeadlineJson> deadlines(Timeline t) {
        return t.deadlines().stream().map(d -> new DeadlineJson(d.kind().name(), d.kind().step(), d.kind().owedBy(),
                d.deadline().startsFrom(), d.due(), d.deadline().rule(), d.deadline().metOn().orElse(null),
                d.timeliness().state().name(), d.timeliness().days(), d.timeliness().describe())).toList();
    }
}

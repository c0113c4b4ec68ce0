package org.openimr.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.shared.BusinessCalendar;
import org.openimr.shared.Priority;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Which steps the office sends a reminder for, to whom, and how long before the due date: data
 * ({@code cases/reminders.yaml}). {@link #dueOn} says which reminders a case calls for on a day; recording them once is
 * the caller's business.
 */
public final class ReminderSchedule {

    static final String RESOURCE = "/cases/reminders.yaml";
    private static final Pattern LEAD = Pattern.compile("(\\d+) (business )?days?|same day");

    /**
     * How long before the due date a reminder goes out.
     *
     * @param days         how many days before
     * @param businessDays counted in business days (weekends and state holidays skipped) or in calendar days
     */
    public record Lead(int days, boolean businessDays) {

        public Lead {
            if (days < 0) {
                throw new IllegalArgumentException("a reminder cannot go out after the due date: " + days);
            }
        }

        /** "1 business day", "2 days", "same day". */
        public static Lead parse(String text) {
            Matcher m = LEAD.matcher(text == null ? "" : text.trim());
            if (!m.matches()) {
                throw new IllegalArgumentException("a lead is \"N business days\", \"N days\" or \"same day\", not \""
                        + text + "\"");
            }
            return m.group(1) == null ? new Lead(0, false) : new Lead(Integer.parseInt(m.group(1)), m.group(2) != null);
        }

        /** The first day the reminder of a step due on {@code due} goes out. */
        public LocalDate firstDay(LocalDate due, BusinessCalendar calendar) {
            return businessDays ? calendar.plusBusinessDays(due, -days) : due.minusDays(days);
        }
    }

    /** The reminder of one step: to whom, and its lead in a standard and an expedited review. */
    public record Rule(DeadlineKind step, ReminderRecipient to, Lead standard, Lead expedited) {

        public Rule {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(standard, "standard");
            Objects.requireNonNull(expedited, "expedited");
        }

        public Lead lead(Priority priority) {
            return priority == Priority.EXPEDITED ? expedited : standard;
        }
    }

    private final Map<DeadlineKind, Rule> rules;

    public ReminderSchedule(List<Rule> rules) {
        Map<DeadlineKind, Rule> byStep = new EnumMap<>(DeadlineKind.class);
        for (Rule rule : rules) {
            if (byStep.put(rule.step(), rule) != null) {
                throw new IllegalArgumentException("two reminder rules for " + rule.step());
            }
        }
        this.rules = Map.copyOf(byStep);
    }

    /** The schedule of {@code cases/reminders.yaml}. */
    public static ReminderSchedule standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final ReminderSchedule INSTANCE = load(RESOURCE);
    }

    static ReminderSchedule load(String resource) {
        try (InputStream in = ReminderSchedule.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            Map<String, Map<String, Object>> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<Rule> rules = new ArrayList<>();
            yaml.forEach((step, rule) -> rules.add(rule(resource, step, rule)));
            return new ReminderSchedule(rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Rule rule(String resource, String step, Map<String, Object> rule) {
        try {
            Lead standard = Lead.parse((String) rule.get("standard"));
            Object expedited = rule.get("expedited");
            return new Rule(DeadlineKind.valueOf(step), ReminderRecipient.valueOf((String) rule.get("to")), standard,
                    expedited == null ? standard : Lead.parse((String) expedited));
        } catch (RuntimeException e) {
            throw new IllegalStateException(resource + ", " + step + ": " + e.getMessage(), e);
        }
    }

    public List<Rule> rules() {
        return rules.values().stream().sorted(Comparator.comparing(Rule::step)).toList();
    }

    /**
     * The reminders {@code imrCase} calls for on {@code today}: each step with a rule that is still pending (not done,
     * the case open, not yet overdue) and whose first reminder day has come. The reviewer is reminded only once one is
     * assigned, and not after they signed their review ({@code reviewSigned}): what is left then is the office's.
     */
    public List<Reminder> dueOn(ImrCase imrCase, LocalDate today, boolean reviewSigned) {
        BusinessCalendar calendar = imrCase.timeframes().calendar();
        List<Reminder> due = new ArrayList<>();
        for (Timeline.DeadlineLine line : imrCase.timeline(today).deadlines()) {
            Rule rule = rules.get(line.kind());
            if (rule == null || line.timeliness().state() != Timeliness.State.PENDING
                    || today.isBefore(rule.lead(imrCase.priority()).firstDay(line.due(), calendar))) {
                continue;
            }
            if (rule.to() == ReminderRecipient.REVIEWER && (reviewSigned || !hasReviewer(imrCase))) {
                continue;
            }
            due.add(new Reminder(imrCase.caseNumber(), line.kind(), line.due(), rule.to()));
        }
        return List.copyOf(due);
    }

    private static boolean hasReviewer(ImrCase imrCase) {
        return imrCase.events().stream().anyMatch(CaseEvent.ReviewerAssigned.class::isInstance);
    }
}

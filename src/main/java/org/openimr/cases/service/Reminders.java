package org.openimr.cases.service;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.openimr.cases.DeadlineKind;
import org.openimr.cases.Reminder;
import org.openimr.cases.ReminderRecipient;
import org.openimr.cases.ReminderSchedule;
import org.openimr.cases.store.CaseStore;
import org.openimr.cases.store.StatusCode;
import org.openimr.cases.store.StoredCase;
import org.openimr.shared.CaseNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reminders of the open cases, recorded in {@code case_reminders}: once per case, step and due date, which the
 * table's primary key enforces whoever records them and however often. Nothing is delivered: a reminder is a record the
 * staff see on the case's timeline and the queue; sending it out (e-mail, fax) is not part of OpenIMR.
 */
@Component
public class Reminders {

    private final CaseStore store;
    private final JdbcClient jdbc;
    private final ReminderSchedule schedule;

    Reminders(CaseStore store, JdbcClient jdbc) {
        this.store = store;
        this.jdbc = jdbc;
        this.schedule = ReminderSchedule.standard();
    }

    /**
     * Records every reminder the open cases call for on {@code today} and not recorded before.
     *
     * @param by the instance recording them
     * @return how many were new
     */
    public int sendDue(LocalDate today, String by) {
        Set<String> signed = new HashSet<>(jdbc.sql(
                "select case_number from case_reviews where signed_at is not null").query(String.class).list());
        int recorded = 0;
        for (StoredCase c : store.find(StatusCode.OPEN, null, null)) {
            boolean reviewSigned = signed.contains(c.imrCase().caseNumber().value());
            for (Reminder reminder : schedule.dueOn(c.imrCase(), today, reviewSigned)) {
                recorded += record(reminder, today, by) ? 1 : 0;
            }
        }
        return recorded;
    }

    /** Records {@code reminder} as sent on {@code on}; false when it was recorded before (by any instance). */
    public boolean record(Reminder reminder, LocalDate on, String by) {
        return jdbc.sql("""
                insert into case_reminders (case_number, step, due, recipient, sent_on, sent_by)
                values (?, ?, ?, ?, ?, ?) on conflict (case_number, step, due) do nothing""")
                .params(reminder.caseNumber().value(), reminder.step().name(), Date.valueOf(reminder.due()),
                        reminder.recipient().name(), Date.valueOf(on), by)
                .update() == 1;
    }

    /** The reminders of a case, in the order they were sent. */
    public List<SentReminder> of(CaseNumber n) {
        return jdbc.sql("""
                select step, due, recipient, sent_on, sent_at, sent_by from case_reminders where case_number = ?
                order by sent_at, step""").param(n.value())
                .query((rs, i) -> new SentReminder(new Reminder(n, DeadlineKind.valueOf(rs.getString("step")),
                        rs.getObject("due", LocalDate.class), ReminderRecipient.valueOf(rs.getString("recipient"))),
                        rs.getObject("sent_on", LocalDate.class),
                        rs.getObject("sent_at", OffsetDateTime.class).toInstant(), rs.getString("sent_by")))
                .list();
    }

    /** How many reminders were sent on {@code day}. */
    public int sentOn(LocalDate day) {
        return jdbc.sql("select count(*) from case_reminders where sent_on = ?").param(Date.valueOf(day))
                .query(Integer.class).single();
    }
}

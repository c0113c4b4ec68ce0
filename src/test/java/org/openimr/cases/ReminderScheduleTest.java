package org.openimr.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openimr.cases.ReminderSchedule.Lead;
import org.openimr.shared.BusinessCalendar;

/** The reminder thresholds as data, and how a lead counts back from a due date. */
class ReminderScheduleTest {

    static final BusinessCalendar CALENDAR = BusinessCalendar.california();

    @Test
    void theScheduleInForceIsTheOneOfRemindersYaml() {
        assertThat(ReminderSchedule.standard().rules()).containsExactly(
                new ReminderSchedule.Rule(DeadlineKind.INFORMATION_REPLY, ReminderRecipient.INTAKE_STAFF,
                        new Lead(1, false), new Lead(1, false)),
                new ReminderSchedule.Rule(DeadlineKind.NOARFI_SENT, ReminderRecipient.INTAKE_STAFF,
                        new Lead(0, false), new Lead(0, false)),
                new ReminderSchedule.Rule(DeadlineKind.RECORDS_RECEIVED, ReminderRecipient.CLAIMS_ADMINISTRATOR,
                        new Lead(1, true), new Lead(1, false)),
                new ReminderSchedule.Rule(DeadlineKind.DETERMINATION_ISSUED, ReminderRecipient.REVIEWER,
                        new Lead(2, true), new Lead(0, false)));
    }

    @Test
    void aLeadInBusinessDaysSkipsWeekendsAndStateHolidays() {
        LocalDate monday = LocalDate.of(2026, 11, 30);
        // Thanksgiving (26) and the day after (27) are state holidays, 28 and 29 the weekend
        assertThat(Lead.parse("1 business day").firstDay(monday, CALENDAR)).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(Lead.parse("2 business days").firstDay(monday, CALENDAR)).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(Lead.parse("1 day").firstDay(monday, CALENDAR)).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(Lead.parse("same day").firstDay(monday, CALENDAR)).isEqualTo(monday);
    }

    @Test
    void aLeadThatIsNotOneIsRefusedWithItsText() {
        assertThatThrownBy(() -> Lead.parse("a day or two")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a lead is \"N business days\", \"N days\" or \"same day\", not \"a day or two\"");
    }

    @Test
    void aMissingScheduleSaysWhichFile() {
        assertThatThrownBy(() -> ReminderSchedule.load("/cases/no-such-reminders.yaml"))
                .isInstanceOf(IllegalStateException.class).hasMessage("/cases/no-such-reminders.yaml is missing");
    }
}

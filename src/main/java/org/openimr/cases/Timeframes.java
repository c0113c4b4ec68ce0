package org.openimr.cases;

import java.time.LocalDate;
import java.util.Objects;

import org.openimr.shared.BusinessCalendar;

/**
 * The lengths of the IMR clocks and the calendar they run on. The numbers are the regulation's; {@link #current()}
 * gives the rules in force, and a different set can be given for another period.
 *
 * @param calendar                    business days for the clocks counted in business or working days
 * @param filing                      when an application must be received
 * @param informationReplyBusinessDays reply to a request for information: 5 business days (9792.10.3; 15 days in
 *                                    2013)
 * @param noarfiBusinessDays          NOARFI within 1 business day of eligibility (9792.10.4)
 * @param recordsDaysAfterMail        records 15 days after a mailed NOARFI (9792.10.5)
 * @param recordsDaysAfterElectronic  records 12 days after an electronic NOARFI (9792.10.5)
 * @param expeditedRecordsDays        records 24 hours after the notice in an expedited review, as 1 day (9792.10.5)
 * @param determinationDays           determination 30 days after the request and records (LC 4610.6(d)(1)(B))
 * @param expeditedDeterminationDays  3 days in an expedited review (LC 4610.6(d)(2))
 * @param formularyWorkingDays        5 working days for a drug formulary dispute (LC 4610.6(d)(1)(A))
 * @param formularyDisputesFrom       formulary disputes exist from this day (LC 4610.5(a)(3): January 1, 2018)
 */
public record Timeframes(BusinessCalendar calendar, FilingDeadlineRule filing, int informationReplyBusinessDays,
        int noarfiBusinessDays, int recordsDaysAfterMail, int recordsDaysAfterElectronic, int expeditedRecordsDays,
        int determinationDays, int expeditedDeterminationDays, int formularyWorkingDays,
        LocalDate formularyDisputesFrom) {

    public Timeframes {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(filing, "filing");
        Objects.requireNonNull(formularyDisputesFrom, "formularyDisputesFrom");
    }

    public static Timeframes current() {
        return new Timeframes(BusinessCalendar.california(), FilingDeadlineRule.current(), 5, 1, 15, 12, 1, 30, 3, 5,
                LocalDate.of(2018, 1, 1));
    }

    public Timeframes withFiling(FilingDeadlineRule rule) {
        return new Timeframes(calendar, rule, informationReplyBusinessDays, noarfiBusinessDays, recordsDaysAfterMail,
                recordsDaysAfterElectronic, expeditedRecordsDays, determinationDays, expeditedDeterminationDays,
                formularyWorkingDays, formularyDisputesFrom);
    }
}

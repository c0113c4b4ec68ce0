package org.openimr.cases.service;

import java.time.LocalDate;

import org.openimr.cases.ApplicationForm;
import org.openimr.cases.EligibilitySpecification;
import org.openimr.cases.ImrCase;
import org.openimr.cases.NoticeMethod;
import org.openimr.cases.RecordsCompleteness;
import org.openimr.cases.ScreeningContext;
import org.openimr.cases.ServiceMethod;
import org.openimr.cases.store.CaseStore;
import org.openimr.cases.store.PostgresCaseNumberSequence;
import org.openimr.shared.CaseNumber;
import org.openimr.shared.Priority;

/** Synthetic cases at the steps reminders are about (invented people and claims), stored as they are given. */
public final class ReminderCases {

    private final PostgresCaseNumberSequence numbers;
    private final CaseStore store;

    public ReminderCases(PostgresCaseNumberSequence numbers, CaseStore store) {
        this.numbers = numbers;
        this.store = store;
    }

    /** An application received on {@code received}, its UR decision served electronically ten days before. */
    public static ApplicationForm form(Priority priority, LocalDate received) {
        return new ApplicationForm().reviewType(priority).employee("Rita", null, "Reminderson")
                .employeeBornOn(LocalDate.of(1979, 4, 4)).employeeAddress("2 Oak St", "Fresno", "CA", "93701")
                .claimNumber("CLM-REM-" + System.nanoTime()).injuredOn(received.minusDays(90))
                .employer("Example Co.").claimsAdministrator("Sample Claims", null, null)
                .requestingPhysician("Ana", "Doctorson", null).urDecision(received.minusDays(10),
                        ServiceMethod.ELECTRONIC)
                .urDecisionAttached(true).signed(true).receivedOn(received)
                .disputedItem("Lumbar MRI", "Low back pain", "M54.50");
    }

    /** A case received on {@code received} and found eligible on {@code eligibleOn}. */
    public ImrCase eligible(Priority priority, LocalDate received, LocalDate eligibleOn) {
        return ImrCase.open(numbers, form(priority, received).toApplication(eligibleOn), received)
                .screen(eligibleOn, EligibilitySpecification.standard(), ScreeningContext.standard());
    }

    /** {@link #eligible} with the NOARFI sent electronically on {@code noarfiOn}. */
    public ImrCase awaitingRecords(Priority priority, LocalDate received, LocalDate eligibleOn, LocalDate noarfiOn) {
        return eligible(priority, received, eligibleOn).sendNoarfi(noarfiOn, NoticeMethod.ELECTRONIC);
    }

    /** {@link #awaitingRecords} with the records complete on {@code completeOn}. */
    public ImrCase recordsComplete(Priority priority, LocalDate received, LocalDate eligibleOn, LocalDate noarfiOn,
            LocalDate completeOn) {
        return awaitingRecords(priority, received, eligibleOn, noarfiOn)
                .receiveRecords(completeOn, RecordsCompleteness.COMPLETE);
    }

    /** An application without its claim number, received on {@code received}, and a request for it the same day. */
    public ImrCase awaitingInformation(LocalDate received) {
        return ImrCase.open(numbers, form(Priority.STANDARD, received).claimNumber(null).receive(received), received)
                .requestInformation(received, java.util.List.of("the claim number"));
    }

    public CaseNumber store(ImrCase c) {
        return store.insert(c, "test").imrCase().caseNumber();
    }
}

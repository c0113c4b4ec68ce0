package org.openimr.cases;

import java.time.LocalDate;

/** What a case starts from: a complete {@link Application}, or an {@link IncompleteApplication} to ask about. */
public sealed interface ReceivedApplication permits Application, IncompleteApplication {

    LocalDate receivedOn();

    /** The employee's name as far as the application gives it, for notices. */
    String applicantName();
}

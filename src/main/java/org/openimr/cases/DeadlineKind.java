package org.openimr.cases;

/** The clocks of an IMR case: who owes what. */
public enum DeadlineKind {
    APPLICATION_FILED("Application received within the filing period", "the employee"),
    INFORMATION_REPLY("Reply to the request for information", "the parties"),
    NOARFI_SENT("Notice of Assignment and Request for Information sent", "the IMRO"),
    RECORDS_RECEIVED("Medical records received complete", "the claims administrator"),
    DETERMINATION_ISSUED("Final determination issued", "the IMRO");

    private final String step;
    private final String owedBy;

    DeadlineKind(String step, String owedBy) {
        this.step = step;
        this.owedBy = owedBy;
    }

    /** The step the deadline is for, e.g. "Medical records received complete". */
    public String step() {
        return step;
    }

    /** Who must take the step. */
    public String owedBy() {
        return owedBy;
    }
}

package org.openimr.cases;

/** The clocks of an IMR case: who owes what. */
public enum DeadlineKind {
    APPLICATION_FILED("Application received within the filing period", "the employee", "application"),
    INFORMATION_REPLY("Reply to the request for information", "the parties", "reply to the request for information"),
    NOARFI_SENT("Notice of Assignment and Request for Information sent", "the IMRO", "NOARFI"),
    RECORDS_RECEIVED("Medical records received complete", "the claims administrator", "records"),
    DETERMINATION_ISSUED("Final determination issued", "the IMRO", "determination");

    private final String step;
    private final String owedBy;
    private final String shortName;

    DeadlineKind(String step, String owedBy, String shortName) {
        this.step = step;
        this.owedBy = owedBy;
        this.shortName = shortName;
    }

    /** What is due, in a few words, as a reminder says it: "records", "determination", "NOARFI". */
    public String shortName() {
        return shortName;
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

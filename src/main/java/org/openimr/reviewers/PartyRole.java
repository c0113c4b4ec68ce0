package org.openimr.reviewers;

/**
 * The part a party plays in a case, with the words an explanation uses for it. These are the parties with which a
 * reviewer may have no material affiliation (LC 139.5 as recalled; 8 CCR 9768.2 as the analog; reference §2).
 */
public enum PartyRole {
    EMPLOYEE("the employee"),
    EMPLOYEE_FAMILY_MEMBER("a member of the employee's family"),
    EMPLOYEE_ATTORNEY("the employee's attorney"),
    EMPLOYER("the employer"),
    INSURER("the insurer"),
    CLAIMS_ADMINISTRATOR("the claims administrator"),
    OFFICER_DIRECTOR_OR_MANAGER("an officer, director or manager of the employer, insurer or claims administrator"),
    DEFENSE_ATTORNEY("the attorney of the employer, insurer or claims administrator"),
    REQUESTING_PROVIDER("the requesting provider"),
    TREATING_PROVIDER("a treating provider"),
    FACILITY("the facility where the treatment would be given"),
    MANUFACTURER("the maker of the drug or device in dispute");

    private final String phrase;

    PartyRole(String phrase) {
        this.phrase = phrase;
    }

    /** "the claims administrator", "a treating provider". */
    public String phrase() {
        return phrase;
    }
}

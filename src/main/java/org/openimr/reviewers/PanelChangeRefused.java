package org.openimr.reviewers;

/**
 * A change of the panel that cannot be stored as asked (e.g. a sign-in name already linked to another reviewer);
 * nothing was stored.
 *
 * @param field the input field at fault, so that a form can show the message beside it
 */
public class PanelChangeRefused extends RuntimeException {

    private final String field;

    public PanelChangeRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

package org.openimr.library;

import java.util.List;

import org.openimr.determination.RequestInterpreter;
import org.openimr.shared.RequestCategory;
import org.springframework.stereotype.Component;

/**
 * The library's view of request classification: the DWC category of each stored item. The rules are the engine's
 * ({@code determination/request-categories.yaml}, read by {@link RequestInterpreter}), so a letter's items are filed
 * under the same categories the engine drafts them by; this class only adapts them to the library.
 */
@Component
public final class RequestClassifier {

    private final RequestInterpreter interpreter;

    /** The classifier with the shipped rules. */
    public RequestClassifier() {
        this(RequestInterpreter.standard());
    }

    RequestClassifier(RequestInterpreter interpreter) {
        this.interpreter = interpreter;
    }

    /** The category of a request text, e.g. "MRI of the lumbar spine" → Diagnostic Testing / Imaging. */
    public RequestCategory classify(String request) {
        return interpreter.classify(request);
    }

    /** The category of a request and the id of the rule that decided it (null when unclassified). */
    public Classification explain(String request) {
        RequestInterpreter.Classification c = interpreter.explain(request);
        return new Classification(c.category(), c.ruleId());
    }

    /** Every category a rule can give, in rule order, without repeats. */
    public List<RequestCategory> categories() {
        return interpreter.categories();
    }

    /** A request's category and the rule that gave it. */
    public record Classification(RequestCategory category, String ruleId) {
    }
}

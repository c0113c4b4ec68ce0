package org.openimr.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Eligibility for IMR as a specification (8 CCR 9792.10.3): an application is eligible when it is signed, received in
 * time, sent with the UR decision, and at least one of its treatments was neither a conditional non-certification nor
 * reviewed before. The decision lists every reason that applies, not only the first. When nothing makes it ineligible
 * but liability is disputed, IMR is deferred.
 *
 * <p>An application with missing or impossible fields is not screened: it gets a request for information first (see
 * {@link ApplicationForm#validate} and {@link RequestForInformation}).
 */
public final class EligibilitySpecification {

    private final List<EligibilityRules.ApplicationRule> applicationRules;
    private final List<EligibilityRules.ItemRule> itemRules;

    private EligibilitySpecification(List<EligibilityRules.ApplicationRule> applicationRules,
            List<EligibilityRules.ItemRule> itemRules) {
        this.applicationRules = List.copyOf(applicationRules);
        this.itemRules = List.copyOf(itemRules);
    }

    public static EligibilitySpecification standard() {
        return new EligibilitySpecification(EligibilityRules.applicationRules(), EligibilityRules.itemRules());
    }

    public boolean isSatisfiedBy(Application application, ScreeningContext context) {
        return assess(application, context) instanceof EligibilityDecision.Eligible;
    }

    public EligibilityDecision assess(Application application, ScreeningContext context) {
        List<Finding> findings = new ArrayList<>();
        for (EligibilityRules.ApplicationRule rule : applicationRules) {
            rule.check(application, context).ifPresent(findings::add);
        }
        List<DisputedItem> eligible = new ArrayList<>();
        List<ExcludedItem> excluded = new ArrayList<>();
        for (DisputedItem item : application.disputedItems()) {
            List<Finding> itemFindings = new ArrayList<>();
            for (EligibilityRules.ItemRule rule : itemRules) {
                rule.check(application, item, context).ifPresent(itemFindings::add);
            }
            if (itemFindings.isEmpty()) {
                eligible.add(item);
            } else {
                excluded.add(new ExcludedItem(item, itemFindings));
            }
        }
        if (eligible.isEmpty()) {
            excluded.forEach(x -> findings.addAll(x.findings()));
        }
        if (!findings.isEmpty()) {
            return new EligibilityDecision.Ineligible(findings);
        }
        Optional<String> liabilityDispute = liabilityDispute(eligible, context.liability());
        if (liabilityDispute.isPresent()) {
            return new EligibilityDecision.Deferred(liabilityDispute.get());
        }
        return new EligibilityDecision.Eligible(eligible, excluded);
    }

    private static Optional<String> liabilityDispute(List<DisputedItem> items, LiabilityPosition position) {
        return switch (position) {
            case DISPUTED -> Optional.of("The claims administrator disputes liability for the injury or the body part;"
                    + " IMR waits until that dispute is resolved.");
            case NOT_DISPUTED -> items.stream().filter(DisputedItem::alsoDisputedForOtherReasons).findFirst()
                    .map(item -> "\"" + item.request() + "\" is also disputed for reasons other than medical "
                            + "necessity; IMR waits until that dispute is resolved.");
            case DISPUTED_BUT_IMR_AGREED, RESOLVED -> Optional.empty();
        };
    }
}

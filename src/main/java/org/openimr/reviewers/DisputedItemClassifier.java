package org.openimr.reviewers;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Sorts a disputed item's request text ("MRI of the lumbar spine without contrast") into a
 * {@link DisputedItemKind} (Diagnostic Testing / Imaging / lumbar spine), by the keyword rules of
 * {@code reviewers/request-classification.yaml}. Approximate by nature: when a case carries the DWC category of an
 * item, build the kind from that instead.
 */
public final class DisputedItemClassifier {

    public static final String RESOURCE = "reviewers/request-classification.yaml";

    /** What an item no rule recognises is taken for. */
    static final DisputedItemKind UNCLASSIFIED_KIND =
            DisputedItemKind.of(RequestCategory.EVALUATION_AND_MANAGEMENT, "", BodyRegion.UNSPECIFIED);

    private record RequestRule(RequestCategory category, String subcategory, Pattern pattern) {
    }

    private final List<RequestRule> requestRules;
    private final Map<BodyRegion, Pattern> regionPatterns;

    private DisputedItemClassifier(List<RequestRule> requestRules, Map<BodyRegion, Pattern> regionPatterns) {
        this.requestRules = List.copyOf(requestRules);
        this.regionPatterns = regionPatterns;
    }

    /** The classifier of the module's data file. */
    public static DisputedItemClassifier standard() {
        return from(YamlResource.classpath(RESOURCE));
    }

    static DisputedItemClassifier from(YamlResource yaml) {
        List<RequestRule> rules = new ArrayList<>();
        for (Object entry : yaml.list(yaml.root(), "requests")) {
            Map<String, Object> m = YamlResource.asMapping(entry);
            rules.add(new RequestRule(RequestCategory.fromLabel(yaml.string(m, "category")),
                    yaml.optionalString(m, "subcategory", ""), compile(yaml, yaml.string(m, "pattern"))));
        }
        Map<BodyRegion, Pattern> regions = new EnumMap<>(BodyRegion.class);
        for (Map.Entry<String, Object> e : yaml.mapping(yaml.root(), "regions").entrySet()) {
            BodyRegion region;
            try {
                region = BodyRegion.valueOf(e.getKey());
            } catch (IllegalArgumentException ex) {
                throw yaml.problem("not a body region: " + e.getKey());
            }
            regions.put(region, compile(yaml, String.valueOf(e.getValue())));
        }
        return new DisputedItemClassifier(rules, regions);
    }

    private static Pattern compile(YamlResource yaml, String regex) {
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw yaml.problem("not a regular expression: " + regex + " (" + e.getDescription() + ")");
        }
    }

    /** The kind of the request: the first matching request rule, and the body region(s) it names. */
    public DisputedItemKind classify(String requestText) {
        BodyRegion region = regionOf(requestText);
        for (RequestRule rule : requestRules) {
            if (rule.pattern().matcher(requestText).find()) {
                return DisputedItemKind.of(rule.category(), rule.subcategory(), region);
            }
        }
        return DisputedItemKind.of(UNCLASSIFIED_KIND.category(), UNCLASSIFIED_KIND.subcategory(), region);
    }

    BodyRegion regionOf(String text) {
        Set<BodyRegion> found = EnumSet.noneOf(BodyRegion.class);
        regionPatterns.forEach((region, pattern) -> {
            if (pattern.matcher(text).find()) {
                found.add(region);
            }
        });
        boolean specificSpine = found.contains(BodyRegion.CERVICAL_SPINE) || found.contains(BodyRegion.THORACIC_SPINE)
                || found.contains(BodyRegion.LUMBAR_SPINE);
        if (specificSpine) {
            found.remove(BodyRegion.SPINE);
        }
        if (found.isEmpty()) {
            return BodyRegion.UNSPECIFIED;
        }
        if (found.size() == 1) {
            return found.iterator().next();
        }
        return found.stream().allMatch(BodyRegion::isSpine) ? BodyRegion.SPINE : BodyRegion.MULTIPLE;
    }
}

package org.openimr.reviewers;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.openimr.shared.Priority;

/**
 * The numbers and lists the hard rules check against, from {@code reviewers/hard-rules.yaml}.
 *
 * @param version the version stated in the file and the fingerprint of its text, e.g.
 *                "2026-11-27.1 (sha256:3f2a...)"; attestations record it
 */
public record RuleBook(String version, int minimumYearsInActivePractice, int minimumWeeklyHoursInActivePractice,
        BigDecimal materialOwnershipAbovePercent, Set<FamilyRelation> materialFamilialRelations,
        Map<Priority, Integer> availableDaysBeforeDeadline) {

    public static final String RESOURCE = "reviewers/hard-rules.yaml";

    public RuleBook {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(materialOwnershipAbovePercent, "material ownership threshold");
        materialFamilialRelations = Collections.unmodifiableSet(materialFamilialRelations.isEmpty()
                ? EnumSet.noneOf(FamilyRelation.class) : EnumSet.copyOf(materialFamilialRelations));
        availableDaysBeforeDeadline = Collections.unmodifiableMap(new EnumMap<>(availableDaysBeforeDeadline));
        for (Priority p : Priority.values()) {
            if (availableDaysBeforeDeadline.getOrDefault(p, 0) < 1) {
                throw new IllegalArgumentException("available days before the deadline must be at least 1 for " + p);
            }
        }
    }

    /** The rule book of the module's data file. */
    public static RuleBook standard() {
        return from(YamlResource.classpath(RESOURCE));
    }

    static RuleBook from(YamlResource yaml) {
        Map<String, Object> root = yaml.root();
        Set<FamilyRelation> relations = EnumSet.noneOf(FamilyRelation.class);
        for (Object r : yaml.list(root, "materialFamilialRelations")) {
            try {
                relations.add(FamilyRelation.valueOf(String.valueOf(r)));
            } catch (IllegalArgumentException e) {
                throw yaml.problem("not a family relation: " + r);
            }
        }
        Map<Priority, Integer> days = new EnumMap<>(Priority.class);
        for (Map.Entry<String, Object> e : yaml.mapping(root, "availableDaysBeforeDeadline").entrySet()) {
            days.put(Priority.valueOf(e.getKey()), ((Number) e.getValue()).intValue());
        }
        return new RuleBook(yaml.string(root, "version") + " (sha256:" + yaml.sha256() + ")",
                (int) yaml.number(root, "minimumYearsInActivePractice"),
                (int) yaml.number(root, "minimumWeeklyHoursInActivePractice"),
                new BigDecimal(yaml.string(root, "materialOwnershipAbovePercent")), relations, days);
    }

    /** An ownership interest is material when it is above the threshold: 1% is not material, 1.01% is. */
    public boolean isMaterialOwnership(BigDecimal percent) {
        return percent.compareTo(materialOwnershipAbovePercent) > 0;
    }

    public boolean isMaterialRelation(FamilyRelation relation) {
        return materialFamilialRelations.contains(relation);
    }

    public int availableDaysBeforeDeadline(Priority priority) {
        return availableDaysBeforeDeadline.get(priority);
    }
}

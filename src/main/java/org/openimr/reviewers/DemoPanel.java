package org.openimr.reviewers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The synthetic demo panel of {@code demo/panel.yaml}: about 25 invented reviewers of varied specialties, states and
 * affiliations, some conflicted with the demo cases' parties, some unavailable or full, one with a lapsed license.
 * Dates are counted from the day of loading, so the panel reads the same whenever it is loaded.
 */
public final class DemoPanel {

    public static final String RESOURCE = "demo/panel.yaml";

    private DemoPanel() {
    }

    /** The demo reviewers as of {@code today}, each with the sign-in name linked to them, if any. */
    public static List<ReviewerPanel.Member> members(LocalDate today) {
        YamlResource yaml = YamlResource.classpath(RESOURCE);
        List<ReviewerPanel.Member> members = new ArrayList<>();
        for (Object o : yaml.list(yaml.root(), "reviewers")) {
            Map<String, Object> m = YamlResource.asMapping(o);
            Reviewer.Builder b = Reviewer.builder(ReviewerId.of(yaml.string(m, "id")),
                    ReviewerName.of(yaml.string(m, "name")))
                    .profession(Profession.valueOf(yaml.optionalString(m, "profession", "PHYSICIAN")))
                    .activePracticeSince(LocalDate.of((int) yaml.number(m, "since"), 7, 1))
                    .weeklyHoursInActivePractice((int) yaml.number(m, "hours"))
                    .affiliationsDeclaredOn(today.minusDays(30));
            List<Object> limits = yaml.list(m, "limits");
            b.limits(((Number) limits.get(0)).intValue(), ((Number) limits.get(1)).intValue());
            for (String l : strings(m, "licenses")) {
                String[] p = l.split(" ");
                b.license(UsState.of(p[0]), p[1], LicenseStatus.valueOf(p[2]), today.plusDays(Long.parseLong(p[3])));
            }
            for (String c : strings(m, "certifications")) {
                String[] p = c.split("\\|");
                LocalDate on = LocalDate.of(Integer.parseInt(p[2]), 1, 15);
                b.certification(p.length > 3 ? BoardCertification.until(p[0], p[1], on,
                        today.plusDays(Long.parseLong(p[3]))) : BoardCertification.lifetime(p[0], p[1], on));
            }
            strings(m, "subspecialties").forEach(b::subspecialty);
            for (String a : strings(m, "affiliations")) {
                b.affiliation(affiliation(a.split("\\|"), today));
            }
            for (String u : strings(m, "unavailable")) {
                String[] p = u.split(" ");
                b.unavailable(today.plusDays(Long.parseLong(p[0])), today.plusDays(Long.parseLong(p[1])));
            }
            for (String d : strings(m, "discipline")) {
                String[] p = d.split("\\|");
                b.disciplinary(new DisciplinaryEntry(today.minusYears(Long.parseLong(p[2])), p[1],
                        DisciplinaryStatus.valueOf(p[0]), p[3]));
            }
            members.add(new ReviewerPanel.Member(b.build(),
                    Optional.ofNullable(m.get("signIn")).map(String::valueOf)));
        }
        return members;
    }

    private static Affiliation affiliation(String[] p, LocalDate today) {
        Party party = Party.named(p[1]);
        return switch (p[0]) {
            case "OWNERSHIP" -> FinancialAffiliation.ownership(party, p[2]);
            case "COMPENSATION" -> FinancialAffiliation.compensation(party, p[2]);
            case "PROFESSIONAL" -> new ProfessionalAffiliation(party, p[2]);
            case "FAMILIAL" -> new FamilialAffiliation(party, FamilyRelation.valueOf(p[2]));
            case "TREATED", "EXAMINED" -> new PriorCareOfEmployee(party, today.minusDays(Long.parseLong(p[2])),
                    PriorCareOfEmployee.Kind.valueOf(p[0]));
            default -> throw new IllegalArgumentException("not an affiliation kind of the demo panel: " + p[0]);
        };
    }

    private static List<String> strings(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? List.of() : ((List<?>) v).stream().map(String::valueOf).toList();
    }
}

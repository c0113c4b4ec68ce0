package org.openimr.cases.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openimr.cases.ValidationProblems.Problem;
import org.openimr.reviewers.PanelChangeRefused;
import org.openimr.reviewers.Reviewer;
import org.openimr.reviewers.ReviewerId;
import org.openimr.reviewers.ReviewerPanel;
import org.springframework.stereotype.Component;

/**
 * The staff's changes of the panel, shared by the pages and the API: read the input, check it, store it (all or
 * nothing), and say what was wrong field by field. The panel audits each stored change.
 */
@Component
class PanelEditor {

    /** The lists of a reviewer the staff edit item by item. */
    enum Section {
        LICENSES("licenses", "ADD_LICENSE"), CERTIFICATIONS("certifications", "ADD_CERTIFICATION"),
        AFFILIATIONS("affiliations", "ADD_AFFILIATION");

        final String field;
        final String change;

        Section(String field, String change) {
            this.field = field;
            this.change = change;
        }

        static Optional<Section> of(String field) {
            for (Section s : values()) {
                if (s.field.equals(field)) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }

    /** What became of a change: the reviewer stored, or the problems (nothing stored). */
    record Result(Optional<Reviewer> saved, List<Problem> problems) {
        static Result refused(List<Problem> problems) {
            return new Result(Optional.empty(), List.copyOf(problems));
        }
    }

    private final ReviewerPanel panel;

    PanelEditor(ReviewerPanel panel) {
        this.panel = panel;
    }

    ReviewerPanel panel() {
        return panel;
    }

    /** A new reviewer from the fields (and any listed items: {@code licenses[0].state} ...). */
    Result create(Map<String, String> fields) {
        return save(null, fields, "ADD_REVIEWER");
    }

    /** Replaces the reviewer's data; the lists too when the fields list any ({@code replaceLists}). */
    Result update(ReviewerId id, Map<String, String> fields, boolean replaceLists) {
        if (panel.byId(id).isEmpty()) {
            throw new ReviewerNotFound(id);
        }
        return save(id, fields, replaceLists ? "REPLACE_REVIEWER" : "EDIT_REVIEWER");
    }

    /** Adds one item to a list of the reviewer. */
    Result add(ReviewerId id, Section section, Map<String, String> fields) {
        ReviewerPanel.Member m = panel.member(id).orElseThrow(() -> new ReviewerNotFound(id));
        PanelInput input = new PanelInput(fields);
        Reviewer.Builder b = m.reviewer().toBuilder();
        String detail = addItem(input, b, section, "");
        if (!input.problems().isEmpty()) {
            return Result.refused(input.problems());
        }
        return store(b.build(), m.signInName(), section.change, detail);
    }

    /** Removes the item at {@code index} (0-based) of a list of the reviewer. */
    Result remove(ReviewerId id, Section section, int index) {
        ReviewerPanel.Member m = panel.member(id).orElseThrow(() -> new ReviewerNotFound(id));
        Reviewer r = m.reviewer();
        Reviewer.Builder b = r.toBuilder();
        List<?> items = switch (section) {
            case LICENSES -> r.licenses();
            case CERTIFICATIONS -> r.certifications();
            case AFFILIATIONS -> r.affiliations();
        };
        if (index < 0 || index >= items.size()) {
            return Result.refused(List.of(new Problem(section.field, "has no item " + (index + 1))));
        }
        switch (section) {
            case LICENSES -> {
                b.withoutLicenses();
                without(r.licenses(), index).forEach(b::license);
            }
            case CERTIFICATIONS -> {
                b.withoutCertifications();
                without(r.certifications(), index).forEach(b::certification);
            }
            case AFFILIATIONS -> {
                b.withoutAffiliations();
                without(r.affiliations(), index).forEach(b::affiliation);
            }
        }
        return store(b.build(), m.signInName(), "REMOVE_" + section.change.substring(4), section.field + " item "
                + (index + 1));
    }

    private Result save(ReviewerId existingId, Map<String, String> fields, String change) {
        PanelInput input = new PanelInput(fields);
        Optional<Reviewer> existing = existingId == null ? Optional.empty() : panel.byId(existingId);
        ReviewerId id = existingId == null ? ReviewerId.of("R-new") : existingId;
        Optional<Reviewer> base = input.reviewer(id, existing);
        boolean lists = fields.keySet().stream().anyMatch(k -> k.matches("(licenses|certifications|affiliations)\\[.*"));
        // with problems in the reviewer's own fields, the items are still read, for their problems
        Reviewer.Builder b = base.map(Reviewer::toBuilder)
                .orElseGet(() -> Reviewer.builder(id, org.openimr.reviewers.ReviewerName.of("unchecked")));
        if (lists || "REPLACE_REVIEWER".equals(change)) {
            b.withoutLicenses().withoutCertifications().withoutAffiliations();
            for (Section s : Section.values()) {
                for (int i = 0; fields.keySet().stream().anyMatch(startsWith(s.field + "[" + i + "].")); i++) {
                    addItem(input, b, s, s.field + "[" + i + "].");
                }
            }
        }
        if (!input.problems().isEmpty()) {
            return Result.refused(input.problems());
        }
        if (existingId == null) {
            b.id(panel.nextId());
        }
        Reviewer r = b.build();
        return store(r, input.signInName(), change, r.licenses().size() + " license(s), "
                + r.certifications().size() + " certification(s), " + r.affiliations().size() + " affiliation(s)");
    }

    private Result store(Reviewer r, Optional<String> signInName, String change, String detail) {
        try {
            panel.save(r, signInName, change, detail);
            return new Result(Optional.of(r), List.of());
        } catch (PanelChangeRefused e) {
            return Result.refused(List.of(new Problem(e.field(), e.getMessage())));
        }
    }

    /** Reads one item into the builder; the audit detail says what, never a number or a party's name. */
    private static String addItem(PanelInput input, Reviewer.Builder b, Section section, String prefix) {
        return switch (section) {
            case LICENSES -> input.license(prefix).map(l -> {
                b.license(l);
                return "license in " + l.state().displayName() + ", " + l.status();
            }).orElse("");
            case CERTIFICATIONS -> input.certification(prefix).map(c -> {
                b.certification(c);
                return "certification in " + c.specialty().name();
            }).orElse("");
            case AFFILIATIONS -> input.affiliation(prefix).map(a -> {
                b.affiliation(a);
                return a.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " affiliation";
            }).orElse("");
        };
    }

    private static java.util.function.Predicate<String> startsWith(String prefix) {
        return k -> k.startsWith(prefix);
    }

    private static <T> List<T> without(List<T> items, int index) {
        List<T> copy = new ArrayList<>(items);
        copy.remove(index);
        return copy;
    }

    /** No reviewer under that id (404). */
    static class ReviewerNotFound extends RuntimeException {
        ReviewerNotFound(ReviewerId id) {
            super("No reviewer " + id + " on the panel.");
        }
    }

}

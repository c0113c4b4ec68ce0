package org.openimr.library.web;

import java.util.ArrayList;
import java.util.List;

import org.openimr.letters.FinalDeterminationLetter;
import org.openimr.letters.ItemDetermination;
import org.openimr.letters.LetterDates;
import org.openimr.letters.Sex;
import org.openimr.shared.RequestCategory;
import org.openimr.library.StoredLetter;
import org.openimr.shared.CitationBasis;
import org.openimr.shared.GuidelineCitation;
import org.openimr.shared.Outcome;
import org.openimr.shared.PageRange;

/** A letter as the letter page shows it: structured sections, each item with its outcome, citations and rationale. */
public record LetterPage(String title, String reference, String layout, List<Fact> header, List<Fact> reviewer,
        String qualifications, String patient, List<String> summary, List<String> documents, List<ItemView> items,
        String outcomeSummary, String jsonUrl, String source) {

    /** A labelled value of the letter. */
    public record Fact(String label, String value) {
    }

    /** One disputed item. */
    public record ItemView(String id, int index, String request, String outcome, boolean overturned, String category,
            String categoryUrl, String originalRequest, String authorized, CitationView claimsAdministrator,
            CitationView reviewer, List<String> rationale) {
    }

    /** A guideline line: whose it is, what it rests on, the structured citation, the line as printed. */
    public record CitationView(String heading, String basis, List<Fact> details, String text) {
    }

    static LetterPage of(StoredLetter stored) {
        FinalDeterminationLetter l = stored.letter();
        LetterDates d = l.dates();
        List<Fact> header = new ArrayList<>();
        header.add(new Fact("Case number", l.caseNumber() == null ? "not stated" : l.caseNumber().value()));
        header.add(new Fact("Date of injury", Text.date(d.dateOfInjury())));
        header.add(new Fact("Utilization Review denial", Text.date(d.urDenialDate())));
        header.add(new Fact("Application received", Text.date(d.applicationReceived())));
        header.add(new Fact("Assigned to the expert reviewer", Text.date(d.dateAssigned())));
        header.add(new Fact("Decision", Text.date(d.decisionDate())));
        header.add(new Fact("Review type", l.priority() == null ? "not stated" : l.priority().label()));
        List<Fact> reviewer = new ArrayList<>();
        reviewer.add(new Fact("Licensed in", join(l.reviewer().licensureStates())));
        reviewer.add(new Fact("Certifications and specialties", join(l.reviewer().certifications())));
        if (!l.reviewer().subspecialties().isEmpty()) {
            reviewer.add(new Fact("Subspecialties", join(l.reviewer().subspecialties())));
        }
        List<ItemView> items = new ArrayList<>();
        long overturned = 0;
        for (int i = 0; i < l.items().size(); i++) {
            ItemDetermination item = l.items().get(i);
            RequestCategory category = stored.categories().get(i);
            overturned += item.outcome() == Outcome.OVERTURNED ? 1 : 0;
            items.add(new ItemView("item-" + (i + 1), i + 1, item.request().text(), item.outcome().label(),
                    item.outcome() == Outcome.OVERTURNED, category.label(), categoryUrl(category),
                    item.request().modification().map(m -> m.originalRequest()).orElse(null),
                    item.request().modification().map(m -> m.authorized()).orElse(null),
                    citation("Guideline cited by the claims administrator", item.claimsAdministratorGuideline()),
                    citation("Guideline cited by the expert reviewer", item.reviewerGuideline()),
                    Text.paragraphs(item.rationale())));
        }
        String title = l.caseNumber() == null ? "Letter " + stored.reference() : "Case " + l.caseNumber().value();
        String outcomeSummary = items.size() == 1
                ? "1 disputed item: " + (overturned == 1 ? "overturned" : "upheld") + "."
                : items.size() + " disputed items: " + (items.size() - overturned) + " upheld, " + overturned
                        + " overturned.";
        return new LetterPage(title, stored.reference(), layout(l), header, reviewer, l.reviewer().qualifications(),
                patient(l), Text.paragraphs(l.clinicalCaseSummary()),
                l.documentsReviewed().stream().map(x -> x.description()).toList(), items, outcomeSummary,
                "/api/decisions/" + stored.reference(), stored.sourceName());
    }

    private static String categoryUrl(RequestCategory c) {
        java.util.Map<String, List<String>> p = new java.util.LinkedHashMap<>();
        p.put("category", List.of(c.category()));
        if (c.subcategory() != null) {
            p.put("subcategory", List.of(c.subcategory()));
        }
        return Links.withParameters("/decisions", p);
    }

    private static String patient(FinalDeterminationLetter l) {
        Integer age = l.patient().age();
        Sex sex = l.patient().sex();
        if (age == null && sex == null) {
            return "The letter does not state the injured worker's age or sex.";
        }
        return "The injured worker is " + (age == null ? "of unstated age" : age + " years old")
                + (sex == null ? "." : ", " + (sex == Sex.MALE ? "male." : "female."));
    }

    private static String layout(FinalDeterminationLetter l) {
        return switch (l.layout()) {
            case NOTICE_2013 -> "2013 notice layout";
            case NARRATIVE_2014 -> "2014 layout";
            case DOCUMENTS_2015 -> "2015 layout";
            case HEADER_2016 -> "2016\u201317 layout";
            case MEDICAL_PROFESSIONAL_REVIEW -> "\u201cMedical Professional Review\u201d layout";
        };
    }

    static CitationView citation(String heading, GuidelineCitation c) {
        if (c == null) {
            return new CitationView(heading, "Not stated in this layout of letter", List.of(), "");
        }
        List<Fact> details = new ArrayList<>();
        if (c.basis() == CitationBasis.MTUS) {
            details.add(new Fact("Guideline", c.guideline() == null ? "MTUS" : "MTUS " + c.guideline()));
            if (c.edition() != null) {
                details.add(new Fact("Edition", c.edition()));
            }
            if (!c.sections().isEmpty()) {
                details.add(new Fact("Sections", join(c.sections())));
            }
            if (!c.pages().isEmpty()) {
                details.add(new Fact("Pages", String.join(", ", c.pages().stream().map(PageRange::toString).toList())));
            }
        }
        if (!c.otherSources().isEmpty()) {
            details.add(new Fact("Other sources", String.join("; ", c.otherSources())));
        }
        String basis = switch (c.basis()) {
            case MTUS -> "Based on the MTUS";
            case NON_MTUS -> "Based only on sources outside the MTUS";
            case NONE -> "No medical evidence cited";
        };
        return new CitationView(heading, basis, details, c.text());
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? "not stated" : String.join(", ", values);
    }
}

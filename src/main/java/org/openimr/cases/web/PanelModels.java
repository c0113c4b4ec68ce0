package org.openimr.cases.web;

import java.util.List;
import java.util.Map;

import org.openimr.cases.ValidationProblems.Problem;

/** What the panel pages show. */
public final class PanelModels {

    private PanelModels() {
    }

    /** A form: what was typed (or is stored), and the problems of each field. */
    public record Form(Map<String, String> values, List<Problem> problems) {

        public static Form empty() {
            return new Form(Map.of(), List.of());
        }

        public String value(String field) {
            String v = values.get(field);
            return v == null ? "" : v;
        }

        public List<String> errors(String field) {
            return problems.stream().filter(p -> p.field().equals(field)).map(Problem::message).toList();
        }

        public boolean invalid() {
            return !problems.isEmpty();
        }
    }

    /** A reviewer's page: the record and a form to add to each list. */
    public record ReviewerPage(PanelJson.ReviewerView reviewer, boolean canChange, Form license, Form certification,
            Form affiliation) {
    }

    /** The form to add or edit a reviewer; {@code id} is null for a new one. */
    public record ReviewerForm(String id, Form form) {
    }

    /** The assignment part of a case page. */
    /**
     * The assignment part of a case page; {@code reassigning} when the case is in review (its review not signed, when
     * {@code ready}): the form then asks why.
     */
    public record AssignmentSection(boolean ready, boolean reassigning, boolean canAssign, String caseNumber,
            int version,
            List<PanelJson.CandidateView> candidates, List<PanelJson.AttestationView> attestations,
            String suggestedReason) {
    }

    public static final List<String> PROFESSIONS = List.of("PHYSICIAN", "CHIROPRACTOR", "PSYCHOLOGIST", "PODIATRIST",
            "DENTIST", "ACUPUNCTURIST", "REGISTERED_NURSE");
    public static final List<String> LICENSE_STATUSES = List.of("ACTIVE", "INACTIVE", "SUSPENDED", "REVOKED");
    public static final List<String> IDENTIFIER_SCHEMES = List.of("NPI", "FEIN", "NAIC", "STATE_BAR", "FDA_LABELER",
            "OTHER");

    public static List<String> affiliationKinds() {
        return java.util.Arrays.stream(PanelInput.AffiliationChoice.values()).map(Enum::name).toList();
    }

    public static String affiliationLabel(String kind) {
        return PanelInput.AffiliationChoice.valueOf(kind).label();
    }
}

package org.openimr.cases.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.openimr.reviewers.Affiliation;
import org.openimr.reviewers.BoardCertification;
import org.openimr.reviewers.CandidateAssessment;
import org.openimr.reviewers.DisciplinaryEntry;
import org.openimr.reviewers.FamilialAffiliation;
import org.openimr.reviewers.FinancialAffiliation;
import org.openimr.reviewers.FinancialTie;
import org.openimr.reviewers.License;
import org.openimr.reviewers.PriorCareOfEmployee;
import org.openimr.reviewers.ProfessionalAffiliation;
import org.openimr.reviewers.Reviewer;
import org.openimr.reviewers.ReviewerAssignments;
import org.openimr.reviewers.ReviewerPanel;
import org.openimr.reviewers.RuleResult;
import org.openimr.reviewers.Specialty;
import org.openimr.reviewers.UnavailablePeriod;
import org.openimr.cases.assignment.CaseAssignment;

/**
 * The panel as the staff API and pages show it. Inside the organization only: it holds names and license numbers.
 * The field names are those the input takes, so a reviewer read can be changed and sent back.
 */
public final class PanelJson {

    private PanelJson() {
    }

    public record ReviewerView(String id, String name, String signInName, String profession,
            LocalDate activePracticeSince, int yearsInActivePractice, int weeklyHours, int maxOpenCases,
            int maxNewCasesPerDay, LocalDate affiliationsDeclaredOn, List<String> subspecialties,
            List<LicenseView> licenses, List<CertificationView> certifications, List<AffiliationView> affiliations,
            List<String> disciplinaryHistory, List<String> unavailable) {
    }

    public record LicenseView(String state, String number, String status, LocalDate expires, boolean activeToday) {
    }

    public record CertificationView(String specialty, String board, LocalDate certifiedOn, LocalDate validThrough,
            boolean currentToday) {
    }

    /**
     * @param kind   OWNERSHIP, COMPENSATION, PROFESSIONAL, FAMILIAL, TREATED or EXAMINED (as the input takes it)
     * @param detail the percent, the compensation, the tie, the relation or the day last seen
     */
    public record AffiliationView(String kind, String party, String identifierScheme, String identifier,
            String detail, String description) {
    }

    /** One reviewer weighed for a case: eligible or not, each rule's verdict with its reason. */
    public record CandidateView(int rank, String reviewer, String name, String signInName, boolean eligible,
            boolean assignable, String specialtyFit, String workload, List<RuleView> rules, String explanation,
            boolean assignedNow) {
    }

    public record RuleView(String rule, boolean passed, String reason) {
    }

    /** A stored conflict attestation: no reviewer name, a per-case reference instead. */
    public record AttestationView(String caseNumber, String reviewerReference, String checkedAt,
            String ruleBookVersion, LocalDate assignedOn, LocalDate determinationDue, String statement) {
    }

    static ReviewerView of(ReviewerPanel.Member m, LocalDate today) {
        Reviewer r = m.reviewer();
        return new ReviewerView(r.id().value(), r.name().disclosedWithinTheOrganization(),
                m.signInName().orElse(null), r.profession().name(), r.activePracticeSince(),
                r.yearsInActivePracticeOn(today), r.weeklyHoursInActivePractice(), r.limits().maxOpenCases(),
                r.limits().maxNewCasesPerDay(), r.affiliationsDeclaredOn(),
                r.subspecialties().stream().map(Specialty::name).toList(),
                r.licenses().stream().map(l -> license(l, today)).toList(),
                r.certifications().stream().map(c -> certification(c, today)).toList(),
                r.affiliations().stream().map(PanelJson::affiliation).toList(),
                r.disciplinaryHistory().stream().map(PanelJson::describe).toList(),
                r.unavailable().stream().map(PanelJson::describe).toList());
    }

    static LicenseView license(License l, LocalDate today) {
        return new LicenseView(l.state().displayName(), l.number(), l.status().name(), l.expires(),
                l.isActiveOn(today));
    }

    static CertificationView certification(BoardCertification c, LocalDate today) {
        return new CertificationView(c.specialty().name(), c.board(), c.certifiedOn(), c.validThrough().orElse(null),
                c.isCurrentOn(today));
    }

    static AffiliationView affiliation(Affiliation a) {
        String kind;
        String detail;
        if (a instanceof FinancialAffiliation f) {
            if (f.tie() instanceof FinancialTie.OwnershipInterest o) {
                kind = "OWNERSHIP";
                detail = o.percent().stripTrailingZeros().toPlainString();
            } else {
                kind = "COMPENSATION";
                detail = ((FinancialTie.Compensation) f.tie()).description();
            }
        } else if (a instanceof ProfessionalAffiliation p) {
            kind = "PROFESSIONAL";
            detail = p.relationship();
        } else if (a instanceof FamilialAffiliation f) {
            kind = "FAMILIAL";
            detail = f.relation().name();
        } else {
            PriorCareOfEmployee c = (PriorCareOfEmployee) a;
            kind = c.care().name();
            detail = c.lastSeen().toString();
        }
        Optional<org.openimr.reviewers.PartyIdentifier> id = a.party().identifiers().stream().findFirst();
        return new AffiliationView(kind, a.party().name().asWritten(), id.map(i -> i.scheme().name()).orElse(null),
                id.map(org.openimr.reviewers.PartyIdentifier::value).orElse(null), detail,
                a.describe() + " with '" + a.party().name().asWritten() + "'");
    }

    static String describe(DisciplinaryEntry d) {
        return d.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " by " + d.authority()
                + " (" + d.date() + ")" + (d.summary().isEmpty() ? "" : ": " + d.summary());
    }

    static String describe(UnavailablePeriod p) {
        return p.from() + " to " + p.through();
    }

    static List<CandidateView> candidates(CaseAssignment.Ranking ranking, java.util.Map<String, String> names) {
        List<CaseAssignment.Candidate> all = ranking.candidates();
        java.util.ArrayList<CandidateView> views = new java.util.ArrayList<>();
        int rank = 0;
        for (CaseAssignment.Candidate c : all) {
            CandidateAssessment a = c.assessment();
            views.add(new CandidateView(a.eligible() ? ++rank : 0, a.reviewer().value(),
                    names.get(a.reviewer().value()), c.signInName().orElse(null), a.eligible(), c.assignable(),
                    a.fit().explanation(), a.workload(),
                    a.rules().stream().map(r -> new RuleView(r.rule(), r.passed(), r.reason())).toList(),
                    a.eligible() ? a.fit().explanation() + "; workload " + a.workload()
                            : a.failures().stream().map(r -> "excluded by '" + r.rule() + "': " + r.reason())
                                    .collect(java.util.stream.Collectors.joining("; ")), c.assignedNow()));
        }
        return views;
    }

    static AttestationView attestation(ReviewerAssignments.Recorded r) {
        return new AttestationView(r.caseNumber().value(), r.reference().value(), r.checkedAt().toString(),
                r.ruleBookVersion(), r.assignedOn(), r.determinationDue(), r.statement());
    }

    static RuleView rule(RuleResult r) {
        return new RuleView(r.rule(), r.passed(), r.reason());
    }
}

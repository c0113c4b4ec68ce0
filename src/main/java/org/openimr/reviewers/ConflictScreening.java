package org.openimr.reviewers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Screens a reviewer against the parties of a case: the reviewer's own identity (a reviewer who is the treating or
 * requesting provider) and every declared affiliation against every party. Each match is judged material or not
 * by the rule book.
 */
final class ConflictScreening {

    /** What screening found: material conflicts, and matches that are not material (kept for the record). */
    record Findings(List<String> conflicts, List<String> notMaterial, int partiesChecked) {
        boolean clear() {
            return conflicts.isEmpty();
        }
    }

    private ConflictScreening() {
    }

    static Findings screen(Reviewer reviewer, CaseParties parties, RuleBook rules) {
        List<String> conflicts = new ArrayList<>();
        List<String> notMaterial = new ArrayList<>();
        // The reviewer's own name is confidential: say which role matched and how, never the name.
        Party self = reviewer.asParty();
        for (CaseParty caseParty : parties.matching(self)) {
            self.sameAs(caseParty.party()).ifPresent(basis -> conflicts.add(
                    "the reviewer is " + caseParty.role().phrase() + " (" + basis + ")"));
        }
        for (Affiliation affiliation : reviewer.affiliations()) {
            for (CaseParty caseParty : parties.matching(affiliation.party())) {
                Optional<String> basis = affiliation.party().sameAs(caseParty.party());
                if (basis.isEmpty()) {
                    continue;
                }
                String tie = describe(affiliation, caseParty) + provenance(affiliation, caseParty, basis.get());
                Optional<String> whyNot = whyNotMaterial(affiliation, caseParty, rules);
                if (whyNot.isEmpty()) {
                    conflicts.add(tie);
                } else {
                    notMaterial.add(tie + " (" + whyNot.get() + ")");
                }
            }
        }
        return new Findings(List.copyOf(conflicts), List.copyOf(notMaterial), parties.parties().size());
    }

    /** "financial interest 2.5% in the claims administrator 'Acme Insurance'". */
    private static String describe(Affiliation affiliation, CaseParty caseParty) {
        if (affiliation instanceof FinancialAffiliation f && f.tie() instanceof FinancialTie.OwnershipInterest) {
            return f.describe() + " in " + caseParty.describe();
        }
        if (affiliation instanceof PriorCareOfEmployee p) {
            return (p.care() == PriorCareOfEmployee.Kind.TREATED ? "treated " : "examined ") + caseParty.describe()
                    + " before (last " + p.lastSeen() + ")";
        }
        return affiliation.describe() + " with " + caseParty.describe();
    }

    /** How the declared party was found to be the case party, when it is not plain from the names. */
    private static String provenance(Affiliation affiliation, CaseParty caseParty, String basis) {
        if (!basis.equals("same name")) {
            return " (" + basis + ")";
        }
        String declared = affiliation.party().name().asWritten();
        return declared.equals(caseParty.party().name().asWritten()) ? "" : " (declared as '" + declared + "')";
    }

    private static Optional<String> whyNotMaterial(Affiliation affiliation, CaseParty caseParty, RuleBook rules) {
        if (affiliation instanceof FinancialAffiliation f && f.tie() instanceof FinancialTie.OwnershipInterest o) {
            BigDecimal threshold = rules.materialOwnershipAbovePercent();
            return rules.isMaterialOwnership(o.percent()) ? Optional.empty()
                    : Optional.of(threshold.stripTrailingZeros().toPlainString() + "% or less is not material");
        }
        if (affiliation instanceof FamilialAffiliation fam) {
            return rules.isMaterialRelation(fam.relation()) ? Optional.empty()
                    : Optional.of(fam.relation().phrase() + " is not a material family relation");
        }
        if (affiliation instanceof PriorCareOfEmployee) {
            return caseParty.role() == PartyRole.EMPLOYEE ? Optional.empty()
                    : Optional.of("prior care matters only for the employee");
        }
        return Optional.empty(); // compensation and professional ties are always material
    }
}

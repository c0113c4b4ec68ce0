package org.openimr.reviewers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.openimr.shared.CaseNumber;

/**
 * The record, made at assignment, that the reviewer was screened for conflicts of interest with this case: what was
 * checked, against which parties, when, under which rule book, and with what finding. It names the reviewer only by
 * a {@link ReviewerReference}, so it can be produced in an appeal on the ground of a material conflict
 * (LC 4610.6(h)(3)) without revealing who the reviewer is.
 *
 * <p>The finding lists affiliations found not material (e.g. an interest of 1% or less), because an appeal would ask
 * about exactly those; treat the attestation as the organization's record, disclosed as its appeal procedure allows.
 *
 * @param partiesChecked        the parties of the case the reviewer and every declared affiliation were compared with
 * @param expectedRolesNotOnFile roles every case has that this one did not name at screening (not checked)
 * @param kindsScreened         the kinds of affiliation looked for
 * @param affiliationsOnFile    how many affiliations the reviewer's declaration lists
 * @param affiliationsDeclaredOn the day of the declaration screened against
 * @param finding               the conflict rule's reason, e.g. "no material affiliation with any of the 9 parties"
 * @param otherRulesMet         the other hard rules the reviewer met at the same time, by name
 */
public record ConflictAttestation(CaseNumber caseNumber, ReviewerReference reviewer, Instant checkedAt,
        String ruleBookVersion, List<CaseParty> partiesChecked, Set<PartyRole> expectedRolesNotOnFile,
        Set<AffiliationKind> kindsScreened, int affiliationsOnFile, LocalDate affiliationsDeclaredOn, String finding,
        List<String> otherRulesMet) {

    public ConflictAttestation {
        Objects.requireNonNull(caseNumber, "case number");
        Objects.requireNonNull(reviewer, "reviewer reference");
        Objects.requireNonNull(checkedAt, "checked at");
        Objects.requireNonNull(ruleBookVersion, "rule book version");
        partiesChecked = List.copyOf(partiesChecked);
        expectedRolesNotOnFile = Set.copyOf(expectedRolesNotOnFile);
        kindsScreened = Set.copyOf(kindsScreened);
        Objects.requireNonNull(affiliationsDeclaredOn, "declaration date");
        Objects.requireNonNull(finding, "finding");
        otherRulesMet = List.copyOf(otherRulesMet);
    }

    /** The attestation in a paragraph, e.g. for the case file. */
    public String statement() {
        String parties = partiesChecked.stream().map(CaseParty::describe).collect(Collectors.joining(", "));
        String missing = expectedRolesNotOnFile.isEmpty() ? ""
                : " Not on file at screening, so not checked: " + expectedRolesNotOnFile.stream().sorted()
                        .map(PartyRole::phrase).collect(Collectors.joining(", ")) + ".";
        return "On " + checkedAt + ", under rule book " + ruleBookVersion + ", reviewer " + reviewer
                + " was screened for case " + caseNumber + " against " + partiesChecked.size() + " parties (" + parties
                + ") for " + kindsScreened.stream().sorted().map(k -> k.name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', ' ')).collect(Collectors.joining(", "))
                + " affiliations, using the reviewer's declaration of " + affiliationsDeclaredOn + " ("
                + affiliationsOnFile + " affiliation" + (affiliationsOnFile == 1 ? "" : "s") + " on file), and for the "
                + "reviewer being a party. Finding: " + finding + "." + missing + " Also met: "
                + String.join(", ", otherRulesMet) + ".";
    }
}

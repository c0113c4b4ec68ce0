/**
 * The reviewer panel: credentials, affiliations, conflict screening, matching and workload. Plain Java; the data
 * it decides by lives in {@code src/main/resources/reviewers/}.
 *
 * <h2>The way through</h2>
 * <ol>
 * <li>The panel is a list of {@link org.openimr.reviewers.Reviewer}s: licenses, board certifications and
 * subspecialties, practice start and weekly hours, disciplinary history, unavailable periods, workload limits, and
 * the affiliations they declared ({@link org.openimr.reviewers.Affiliation}: financial, professional, familial,
 * prior care of the employee). A reviewer's name is a {@link org.openimr.reviewers.ReviewerName}, which never
 * prints.</li>
 * <li>A case waiting for a reviewer is a {@link org.openimr.reviewers.CaseToAssign}: its
 * {@link org.openimr.reviewers.CaseParties} (names normalised for matching, identifiers where known), the kinds of
 * its disputed items ({@link org.openimr.reviewers.DisputedItemKind}: the shared DWC
 * {@link org.openimr.shared.RequestCategory} and {@link org.openimr.shared.BodyRegion}s, as the case classified them
 * with the determination module's request interpreter; this module never reads request text) and the due date the
 * case's clock computed.</li>
 * <li>{@link org.openimr.reviewers.ReviewerMatcher#rank} applies the hard rules of
 * {@link org.openimr.reviewers.HardRules} (numbers in {@code hard-rules.yaml}) to every reviewer and ranks the
 * eligible by specialty fit ({@code specialty-fit.yaml}, derived from the 64 real letters), workload and due
 * dates; each verdict carries its reason.</li>
 * <li>{@link org.openimr.reviewers.ReviewerAssigner} gives a case (or the day's batch) to the best eligible
 * reviewer and records a {@link org.openimr.reviewers.ConflictAttestation} naming the reviewer only by a per-case
 * {@link org.openimr.reviewers.ReviewerReference}.</li>
 * <li>{@link org.openimr.reviewers.CredentialsStatement} writes the letter's credentials from the record.</li>
 * </ol>
 *
 * <h2>In the running system</h2>
 * <ul>
 * <li>{@link org.openimr.reviewers.ReviewerPanel} keeps the panel in PostgreSQL (migration V40): every list of a
 * reviewer, and the staff sign-in name the reviewer works under ({@code bySignInName}). A save replaces the lists in
 * one transaction and publishes a {@link org.openimr.reviewers.ReviewerPanelChanged}, which the cases module writes
 * to its audit log in the same transaction (this module may not depend on cases).</li>
 * <li>{@link org.openimr.reviewers.ReviewerAssignments} keeps each assignment with its attestation, append-only.</li>
 * <li>{@code ReviewerConfiguration} makes the matcher of the data files, the attestation key (configured, or made
 * once and kept in the database) and the assigner on the application's clock.</li>
 * <li>{@link org.openimr.reviewers.DemoPanel} reads the synthetic demo panel of {@code demo/panel.yaml}.</li>
 * <li>The pages, the API, the ranking on a case page, the assignment and the daily batch are adapters of the cases
 * module ({@code cases.web}, {@code cases.assignment}); see {@code docs/reviewers.md}.</li>
 * </ul>
 *
 * <h2>Decisions</h2>
 * <ul>
 * <li>License: any active, unexpired license in a US state; California is not required.</li>
 * <li>Disciplinary history: any action taken, however old, and any pending matter exclude; dismissed complaints
 * do not; a suspended or revoked license anywhere counts as action taken.</li>
 * <li>Conflicts: a party matches on a shared identifier or on the normalised name, even when identifiers differ
 * (a wrong exclusion is cheaper than a missed conflict). Ownership above 1% is material, 1% is not; family
 * relations are material only when listed; professional ties and compensation always are; prior care only of the
 * employee. The reviewer's own identity is checked against the parties too.</li>
 * <li>The "at least N" rules (years in active practice, weekly hours) are one rule type over a measure; their
 * minimums are in {@code hard-rules.yaml}.</li>
 * <li>Ranking compares fit in bands (width in the fit table) so that, among reviewers who fit about as well, the
 * lighter workload wins; ties are broken by a hash of case and reviewer ids, stable yet not always the same
 * reviewer.</li>
 * </ul>
 */
@ApplicationModule(displayName = "reviewers", allowedDependencies = {"shared"})
package org.openimr.reviewers;

import org.springframework.modulith.ApplicationModule;

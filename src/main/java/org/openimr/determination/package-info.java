/**
 * Interpreting disputed items, evaluating them against the guidelines and the facts, and drafting determinations.
 *
 * <p>Public face:
 * <ul>
 * <li>{@link org.openimr.determination.DeterminationEngine#draft(CaseForDetermination)}: one
 * {@link org.openimr.determination.Draft} per request (outcome UPHELD, OVERTURNED or REFER, the guideline line as a
 * letter prints it, a rationale whose fact sentences quote their spans, the {@link org.openimr.determination.Trace},
 * the documentation that would change the outcome). A {@link org.openimr.determination.CaseForDetermination} holds
 * only the header dates, the record's text and the requests' texts.</li>
 * <li>{@link org.openimr.determination.RequestInterpreter}: the one classifier of request texts into the DWC
 * categories ({@link org.openimr.shared.RequestCategory}) and the guidelines' request kinds, with regions, side,
 * modalities, operation, quantity and drug ({@link org.openimr.determination.InterpretedRequest}).</li>
 * <li>{@link org.openimr.determination.AgreementStatistics}: drafts against physicians' outcomes.</li>
 * </ul>
 * Rules are data: guideline recommendations ({@code guidelines/}), the request categories, fact phrases, diagnosis
 * groups, surgeries and the framework rule ({@code determination/}). See docs/engine-evaluation.md.
 */
@ApplicationModule(displayName = "determination", allowedDependencies = {"shared", "guidelines", "casefile"})
package org.openimr.determination;

import org.springframework.modulith.ApplicationModule;

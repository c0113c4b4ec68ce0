/**
 * Measuring the determination engine against what physicians decided in published letters: a blinded view of each
 * letter ({@link org.openimr.library.evaluation.BlindedView}: header dates, clinical case summary, request texts,
 * nothing else) goes to the engine, and its drafts are compared with the letters' outcomes overall and per DWC
 * category, beside the always-Upheld baseline. The development/held-out split of the real letters is fixed here
 * ({@link org.openimr.library.evaluation.CorpusSplit}, recorded in docs/engine-evaluation.md).
 */
package org.openimr.library.evaluation;

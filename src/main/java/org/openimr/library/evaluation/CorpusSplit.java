package org.openimr.library.evaluation;

import org.openimr.shared.CaseNumber;

/**
 * The split of the real letters into a development set (rules are written and tuned reading these) and a held-out
 * set (read only through the evaluator's figures), fixed before any rule was written (docs/engine-evaluation.md):
 * a letter is held out when its case number ends in an odd digit.
 */
public enum CorpusSplit {
    DEVELOPMENT, HELD_OUT;

    public static CorpusSplit of(CaseNumber caseNumber) {
        if (caseNumber == null) {
            return DEVELOPMENT;
        }
        String s = caseNumber.toString();
        char last = s.charAt(s.length() - 1);
        return Character.isDigit(last) && (last - '0') % 2 == 1 ? HELD_OUT : DEVELOPMENT;
    }
}

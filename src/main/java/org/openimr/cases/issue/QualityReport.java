package org.openimr.cases.issue;

import java.util.List;

/** Every finding of the {@link QualityCheck} on one letter, in the order of the letter. */
public record QualityReport(List<QualityFinding> findings) {

    public QualityReport {
        findings = List.copyOf(findings);
    }

    public List<QualityFinding> errors() {
        return findings.stream().filter(QualityFinding::isError).toList();
    }

    public List<QualityFinding> warnings() {
        return findings.stream().filter(f -> !f.isError()).toList();
    }

    /** True when nothing stops the letter from being issued (warnings may remain). */
    public boolean allowsIssue() {
        return errors().isEmpty();
    }

    /** "2 errors, 1 warning". */
    public String summary() {
        int e = errors().size();
        int w = warnings().size();
        return e + (e == 1 ? " error, " : " errors, ") + w + (w == 1 ? " warning" : " warnings");
    }
}

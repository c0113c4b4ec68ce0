package org.openimr.guidelines;

import java.util.List;
import java.util.Objects;

/**
 * A code of the guideline vocabulary (a fact, a diagnosis group, a drug, a surgery, ...).
 *
 * @param code     the code the data files use, e.g. {@code cyclobenzaprine}
 * @param label    what a reader calls it
 * @param names    other names it goes by in records and letters (brand names, abbreviations)
 * @param classes  for a drug: its drug classes; for a diagnosis group: none
 * @param icd9     for a diagnosis group: ICD-9 codes or prefixes, as the guidelines of 2009 name them
 * @param icd10    for a diagnosis group: ICD-10 codes or prefixes
 * @param note     what exactly counts; for a fact, the clause that states it ("radiculopathy is present")
 * @param negated  for a fact a criterion requires to be absent: the clause that denies it ("radiculopathy is
 *                 absent"); empty when none is written
 */
public record Term(String code, String label, List<String> names, List<String> classes, List<String> icd9,
        List<String> icd10, String note, String negated) {

    public Term {
        Objects.requireNonNull(code, "code");
        label = label == null ? code.replace('_', ' ') : label;
        names = List.copyOf(names);
        classes = List.copyOf(classes);
        icd9 = List.copyOf(icd9);
        icd10 = List.copyOf(icd10);
        note = note == null ? "" : note;
        negated = negated == null ? "" : negated;
    }
}

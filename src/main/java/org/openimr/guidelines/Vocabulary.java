package org.openimr.guidelines;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The codes the guideline data may use, by category (vocabulary.yaml). The determination and casefile modules map
 * their facts, diagnoses and drugs onto these codes (a case file's medication carries its drug code). Morphine
 * equivalent conversion factors are the case file's data; the guidelines state only MED limits.
 */
public final class Vocabulary {

    /** The categories of vocabulary.yaml. */
    public enum Category {
        FACTS, DIAGNOSIS_GROUPS, DRUGS, DRUG_CLASSES, TREATMENTS, MODALITIES, SURGERIES, RED_FLAGS, EVENTS, STUDIES,
        INGREDIENTS, MONITORING_DOMAINS, CORROBORATIONS, BUDGETS
    }

    private final Map<Category, Map<String, Term>> terms;
    private final Map<String, Term> drugsByName;

    public Vocabulary(Map<Category, List<Term>> terms) {
        Map<Category, Map<String, Term>> byCategory = new LinkedHashMap<>();
        for (Category c : Category.values()) {
            Map<String, Term> byCode = new LinkedHashMap<>();
            for (Term t : terms.getOrDefault(c, List.of())) {
                byCode.put(t.code(), t);
            }
            byCategory.put(c, Collections.unmodifiableMap(byCode));
        }
        this.terms = Collections.unmodifiableMap(byCategory);
        Map<String, Term> names = new LinkedHashMap<>();
        for (Term drug : this.terms.get(Category.DRUGS).values()) {
            names.put(normalise(drug.code()), drug);
            names.put(normalise(drug.label()), drug);
        }
        this.drugsByName = Collections.unmodifiableMap(names);
    }

    public Map<String, Term> terms(Category category) {
        return terms.get(category);
    }

    public boolean contains(Category category, String code) {
        return terms.get(category).containsKey(code);
    }

    public Optional<Term> term(Category category, String code) {
        return Optional.ofNullable(terms.get(category).get(code));
    }

    /**
     * A drug by its code or label ("lidocaine 5% patch" finds lidocaine_patch). Brand and other names are not here:
     * the one table of drug names is the case file's drug lexicon, whose medications carry these codes.
     */
    public Optional<Term> findDrug(String name) {
        return Optional.ofNullable(drugsByName.get(normalise(name)));
    }

    /** The drug classes of a drug code; empty when the drug is not known. */
    public List<String> classesOf(String drug) {
        Term t = terms.get(Category.DRUGS).get(drug);
        return t == null ? List.of() : t.classes();
    }

    /** The diagnosis groups whose ICD-9 or ICD-10 codes or prefixes match the given code (e.g. "729.2", "M54.16"). */
    public List<Term> diagnosisGroupsForIcd(String icd) {
        String code = icd.strip().toUpperCase(Locale.ROOT);
        List<Term> found = new ArrayList<>();
        for (Term g : terms.get(Category.DIAGNOSIS_GROUPS).values()) {
            if (g.icd9().stream().anyMatch(code::startsWith) || g.icd10().stream().anyMatch(code::startsWith)) {
                found.add(g);
            }
        }
        return found;
    }

    private static String normalise(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    }
}

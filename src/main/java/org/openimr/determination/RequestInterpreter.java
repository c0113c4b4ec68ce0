package org.openimr.determination;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.casefile.BodyPartMention;
import org.openimr.casefile.BodySite;
import org.openimr.casefile.ClinicalFactExtractor;
import org.openimr.casefile.ClinicalFacts;
import org.openimr.casefile.Dosing;
import org.openimr.casefile.DrugClass;
import org.openimr.casefile.Medication;
import org.openimr.casefile.Strength;
import org.openimr.casefile.Surgery;
import org.openimr.determination.internal.CategoryRules;
import org.openimr.determination.internal.DataFiles;
import org.openimr.determination.internal.QuantityReader;
import org.openimr.guidelines.GuidelineCatalogue;
import org.openimr.guidelines.RequestKind;
import org.openimr.guidelines.Vocabulary;
import org.openimr.shared.BodyRegion;
import org.openimr.shared.RequestCategory;
import org.openimr.shared.Side;

/**
 * Reads a disputed item's request text into an {@link InterpretedRequest}: the one place in OpenIMR that classifies
 * request texts into the DWC categories (the rules are data: {@code determination/request-categories.yaml}), and the
 * engine's reading of kind, body regions, side, modalities, quantity and drug. Body parts and drugs are read with the
 * case file's lexicons (its one table of drug names), drug classes with the guideline vocabulary. An injection
 * procedure that names what is injected ("TPI with lidocaine") is the procedure, its drugs the injectate; a drug given
 * by injection with no procedure ("Toradol 60 mg IM") is a drug request with the injected route (the words of both are
 * data: the {@code injections} section of the rules). Thread-safe.
 */
public final class RequestInterpreter {

    /** A side that closes the request's text after a comma, dash or parenthesis: "Knee brace, left". */
    private static final java.util.regex.Pattern CLOSING_SIDE = java.util.regex.Pattern.compile(
            "(?i)[,(\\-]\\s*(left|right|bilateral)\\s*\\)?\\s*\\.?\\s*$");


    private static final Pattern ADDITIONAL = Pattern.compile(
            "\\b(additional|continued?|continuation|more|repeat(ed)?|further|ongoing|extension|renewal|refill)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RETROSPECTIVE = Pattern.compile("\\b(retro(spective)?|DOS)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PURCHASE = Pattern.compile("\\b(purchase|buy)\\b", Pattern.CASE_INSENSITIVE);
    /** A purchase of the equipment's supplies ("with purchase of wrap"): no purchase of the equipment. */
    private static final Pattern PURCHASE_OF_SUPPLIES = DataFiles.standard().readingWords("purchase-of-supplies");
    private static final Pattern TOPICAL_WORDS = Pattern.compile(
            "\\b(topical|cream|gel|ointment|lotion|patch(es)?|spray|roll-?on|liniment|balm|compound(ed)?)\\b|\\d\\s*%",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PATCH = Pattern.compile("\\b(patch(es)?|lidoderm)\\b", Pattern.CASE_INSENSITIVE);
    /** "Lidocaine 5% pads": the lidocaine patch; a pad of anything else ("heating pad") is not a patch. */
    private static final Pattern LIDOCAINE_PAD = Pattern.compile("\\blidocaine\\b[^,;+]{0,20}?\\bpads?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPOUND = Pattern.compile(
            "\\bcompound(ed)?\\b|\\b(cream|gel|lotion|ointment) base\\b|\\d\\s*%[^%]*[,/+]\\s*[a-z][^%]*\\d\\s*%",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern KETAMINE = Pattern.compile("\\bketamine\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%");

    /** A request's category and the rule that gave it. */
    public record Classification(RequestCategory category, String ruleId) {
    }

    private final CategoryRules rules;
    private final ClinicalFactExtractor extractor;
    private final Vocabulary vocabulary;

    public RequestInterpreter(GuidelineCatalogue catalogue, ClinicalFactExtractor extractor) {
        this.rules = CategoryRules.standard();
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.vocabulary = Objects.requireNonNull(catalogue, "catalogue").vocabulary();
    }

    /** The interpreter with the shipped rules, guideline vocabulary and case file lexicons. */
    public static RequestInterpreter standard() {
        return new RequestInterpreter(GuidelineCatalogue.loadDefault(), ClinicalFactExtractor.standard());
    }

    /** The DWC category of a request text, e.g. "MRI of the lumbar spine" → Diagnostic Testing / Imaging. */
    public RequestCategory classify(String request) {
        return explain(request).category();
    }

    /** The category of a request and the id of the rule that decided it (null when unclassified). */
    public Classification explain(String request) {
        return read(normalise(request)).rule().map(r -> new Classification(r.category(), r.id()))
                .orElse(new Classification(RequestCategory.UNCLASSIFIED, null));
    }

    /**
     * A request text as the rules read it: the case file's facts of it (null for an empty text), the rule that decided
     * its category (never a drug's rule for a service named before the drug it is about: "urine drug test to monitor
     * Norco"), and whether it names an injection procedure (whose drugs are then what is injected).
     */
    private record Reading(ClinicalFacts facts, Optional<CategoryRules.Rule> rule, boolean injectionProcedure) {

        List<Medication> medications() {
            return facts == null ? List.of() : facts.medications();
        }
    }

    private Reading read(String text) {
        if (text.isEmpty()) {
            return new Reading(null, Optional.empty(), false);
        }
        ClinicalFacts facts = extractor.extract(text);
        boolean site = facts.bodyParts().stream()
                .anyMatch(b -> rules.injections().namesSiteAfter(text.substring(0, b.span().start())));
        boolean procedure = rules.injections().namesProcedure(text, site);
        int drugAt = Math.min(rules.firstDrugWord(text), facts.medications().stream()
                .mapToInt(m -> m.span().start()).min().orElse(text.length()));
        boolean aboutADrug = drugAt < text.length() && rules.servicesAboutDrugs().namedBefore(text, drugAt);
        return new Reading(facts, rules.classify(text, drugClasses(facts.medications()), procedure, aboutADrug),
                procedure);
    }

    /** Every category a rule can give, in rule order, without repeats. */
    public List<RequestCategory> categories() {
        return rules.rules().stream().map(CategoryRules.Rule::category).distinct().toList();
    }

    /** The request read into what the guidelines address. */
    public InterpretedRequest interpret(String request) {
        String text = normalise(request);
        Reading reading = read(text);
        ClinicalFacts facts = reading.facts();
        List<Medication> meds = reading.medications();
        Optional<CategoryRules.Rule> rule = reading.rule();
        RequestCategory category = rule.map(CategoryRules.Rule::category).orElse(RequestCategory.UNCLASSIFIED);
        Optional<RequestKind> kind = rule.flatMap(CategoryRules.Rule::kind);

        LinkedHashSet<String> modalities = new LinkedHashSet<>();
        rule.flatMap(CategoryRules.Rule::modality).ifPresent(modalities::add);
        for (CategoryRules.ModalityPattern p : rules.modalities()) {
            if (p.matches(text)) {
                modalities.add(p.code());
            }
        }
        List<BodyRegion> regions = new ArrayList<>();
        Optional<Side> side = Optional.empty();
        if (facts != null) {
            for (BodyPartMention b : facts.bodyParts()) {
                if (!regions.contains(b.region().region())) {
                    regions.add(b.region().region());
                }
                if (side.isEmpty()) {
                    side = b.region().side();
                }
            }
            // "Right TKR", "L CTR": an operation whose term implies the part still names its side; and, when the
            // request names no part in other words ("L de Quervain's release"), that part
            boolean partNamed = !regions.isEmpty();
            for (Surgery op : facts.surgeries()) {
                if (side.isEmpty()) {
                    side = op.region().flatMap(BodySite::side);
                }
                op.region().map(BodySite::region).filter(r -> !partNamed && !regions.contains(r)).ifPresent(regions::add);
            }
            // "Knee brace, left", "Wrist splint (right)": a side closing the request names the side of its part
            java.util.regex.Matcher closing = CLOSING_SIDE.matcher(text);
            if (side.isEmpty() && !regions.isEmpty() && closing.find()) {
                String w = closing.group(1).toLowerCase(java.util.Locale.ROOT);
                side = Optional.of(w.startsWith("b") ? Side.BILATERAL : w.startsWith("l") ? Side.LEFT : Side.RIGHT);
            }
        }
        Optional<RequestedDrug> drug = Optional.empty();
        if (category.category().equals("Pharmaceuticals") || kind.map(RequestInterpreter::isDrugKind).orElse(false)) {
            drug = drug(text, meds, kind);
        }
        List<String> injectate = reading.injectionProcedure()
                ? meds.stream().map(Medication::generic).distinct().toList() : List.of();
        DataFiles.ProgramHours program = DataFiles.standard().programHours();
        RequestedQuantity quantity = kind.filter(program.requestKinds()::contains).isPresent()
                ? QuantityReader.readProgram(text, program.hoursADay(), program.daysAWeek())
                : QuantityReader.read(withoutProductNumbers(text, meds));
        Optional<String> surgery = kind.filter(k -> k == RequestKind.SURGERY).flatMap(k -> rules.operations().read(text));
        return new InterpretedRequest(request == null ? "" : request, category, rule.map(CategoryRules.Rule::id)
                .orElse(null), kind, List.copyOf(modalities), regions, side, quantity, drug, injectate, surgery,
                ADDITIONAL.matcher(text).find(), RETROSPECTIVE.matcher(text).find(), buysTheEquipment(text));
    }

    /** Every operation a surgery request names definitely (a combined request names several), as vocabulary codes. */
    public List<String> operations(String request) {
        return request == null ? List.of() : rules.operations().readAll(request);
    }

    /**
     * Whether the request buys the equipment rather than renting it: a purchase word that is not of the equipment's
     * supplies ("Cold therapy unit, 7-day rental with purchase of wrap" rents the unit). A purchase of the unit beside
     * a rental word stays a purchase ("TENS unit purchase after a 30-day rental"): the stricter reading.
     */
    static boolean buysTheEquipment(String text) {
        return PURCHASE.matcher(PURCHASE_OF_SUPPLIES.matcher(text).replaceAll(" ")).find();
    }

    /**
     * The text with each drug name that carries a number blanked ("Tylenol #3", "Tylenol No. 4": a product of the drug
     * table, whose number names the strength), so that the number is not read as how many are asked for.
     */
    static String withoutProductNumbers(String text, List<Medication> meds) {
        String masked = text;
        for (Medication m : meds) {
            if (m.name().chars().noneMatch(Character::isDigit)) {
                continue;
            }
            Matcher name = Pattern.compile(Pattern.quote(m.name()).replace(" ", "\\E\\s+\\Q"),
                    Pattern.CASE_INSENSITIVE).matcher(masked);
            if (name.find(Math.min(m.span().start(), masked.length())) || name.find(0)) {
                masked = masked.substring(0, name.start()) + " ".repeat(name.end() - name.start())
                        + masked.substring(name.end());
            }
        }
        return masked;
    }

    private static boolean isDrugKind(RequestKind k) {
        return switch (k) {
            case OPIOID, NSAID, MUSCLE_RELAXANT, TOPICAL_ANALGESIC, PROTON_PUMP_INHIBITOR, ANTICONVULSANT,
                    ANTIDEPRESSANT, SLEEP_AID, BENZODIAZEPINE, OTHER_MEDICATION -> true;
            default -> false;
        };
    }

    private Set<String> drugClasses(List<Medication> meds) {
        Set<String> classes = new LinkedHashSet<>();
        for (Medication m : meds) {
            m.drug().ifPresent(code -> classes.addAll(vocabulary.classesOf(code)));
        }
        return classes;
    }

    private Optional<RequestedDrug> drug(String text, List<Medication> meds, Optional<RequestKind> kind) {
        if (meds.isEmpty()) {
            return kind.filter(k -> k == RequestKind.TOPICAL_ANALGESIC).isPresent() && COMPOUND.matcher(text).find()
                    ? Optional.of(unnamedCompound(text)) : Optional.empty();
        }
        Medication first = meds.get(0);
        boolean injected = rules.injections().namesRoute(text);
        boolean topical = !injected && (TOPICAL_WORDS.matcher(text).find() || first.is(DrugClass.TOPICAL));
        boolean compound = COMPOUND.matcher(text).find() || (topical && meds.size() > 1)
                || kind.filter(k -> k == RequestKind.TOPICAL_ANALGESIC).isPresent()
                        && first.drug().map(c -> vocabulary.classesOf(c).contains("compounded_topical")).orElse(false);
        Optional<String> code = first.drug().map(c -> topicalForm(c, text, topical));
        LinkedHashSet<String> classes = new LinkedHashSet<>(code.map(vocabulary::classesOf).orElse(List.of()));
        if (topical) {
            classes.add("topical_analgesic");
            if (classes.contains("nsaid")) {
                classes.add("topical_nsaid");
            }
        }
        if (compound) {
            classes.add("compounded_topical");
        }
        List<String> components = meds.stream().map(Medication::name).distinct().toList();
        List<String> ingredients = compound || topical ? ingredients(text, meds) : List.of();
        RequestedDrug.Route route = injected ? RequestedDrug.Route.INJECTED
                : first.is(DrugClass.OPIOID) && PATCH.matcher(text).find() ? RequestedDrug.Route.TRANSDERMAL
                : topical ? RequestedDrug.Route.TOPICAL
                : first.strength().isPresent() || first.quantity().isPresent() ? RequestedDrug.Route.ORAL
                : RequestedDrug.Route.UNSTATED;
        Optional<Strength> strength = first.strength();
        Optional<BigDecimal> mg = strength.filter(s -> s.unit().equalsIgnoreCase("mg")).map(Strength::amount);
        OptionalInt count = first.quantity();
        if (count.isEmpty()) {
            Matcher h = Pattern.compile("#\\s*(\\d{1,4})").matcher(text);
            if (h.find()) {
                count = OptionalInt.of(Integer.parseInt(h.group(1)));
            }
        }
        if (count.isPresent() && count.getAsInt() == 0) {
            count = OptionalInt.empty(); // "#0": no quantity stated
        }
        return Optional.of(new RequestedDrug(first.name(), code, List.copyOf(classes),
                strength.map(Strength::toString), mg, count, first.dosing().flatMap(Dosing::timesPerDay), route,
                ingredients, components));
    }

    /**
     * A compounded topical product whose ingredients the request does not name ("compounded cream 240 g"): a topical
     * compound all the same, so the rules for compounds judge it, and what it contains is left unknown.
     */
    private static RequestedDrug unnamedCompound(String text) {
        return new RequestedDrug(text, Optional.empty(), List.of("topical_analgesic", "compounded_topical"),
                Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty(), RequestedDrug.Route.TOPICAL,
                List.of(), List.of());
    }

    private static boolean lidocainePatch(String text) {
        return PATCH.matcher(text).find() || LIDOCAINE_PAD.matcher(text).find();
    }

    /** A drug written with a topical form reads as its topical code where the vocabulary has one. */
    private String topicalForm(String code, String text, boolean topical) {
        if (code.equals("lidocaine_topical") && lidocainePatch(text)) {
            return "lidocaine_patch";
        }
        if (topical && !vocabulary.classesOf(code).contains("topical_analgesic")
                && vocabulary.findDrug(code + "_topical").isPresent()) {
            return code + "_topical";
        }
        return code;
    }

    /**
     * The ingredients of a topical product among those the guideline data names (vocabulary {@code ingredients}):
     * each component drug, and the parts of a combination product's generic name.
     */
    private List<String> ingredients(String text, List<Medication> meds) {
        LinkedHashSet<String> found = new LinkedHashSet<>();
        boolean patch = lidocainePatch(text);
        for (Medication m : meds) {
            for (String part : m.generic().split("/")) {
                String g = part.strip().toLowerCase(Locale.ROOT);
                String code = m.drug().orElse("");
                switch (g) {
                    case "gabapentin", "baclofen", "cyclobenzaprine", "ketoprofen", "tramadol", "dexamethasone",
                            "ketamine" -> found.add(g);
                    case "lidocaine" -> {
                        if (!(patch && meds.size() == 1)) {
                            found.add("lidocaine_non_patch");
                        }
                    }
                    case "capsaicin" -> {
                        Optional<BigDecimal> pct = m.strength().filter(s -> s.unit().contains("%"))
                                .map(Strength::amount);
                        if (pct.isPresent() && pct.get().compareTo(new BigDecimal("0.025")) != 0
                                && pct.get().compareTo(new BigDecimal("0.075")) != 0) {
                            found.add("capsaicin_0_0375_percent");
                        }
                    }
                    default -> {
                        if (vocabulary.classesOf(code).contains("muscle_relaxant")) {
                            found.add("other_muscle_relaxant");
                        }
                    }
                }
            }
        }
        if (KETAMINE.matcher(text).find()) {
            found.add("ketamine");
        }
        return List.copyOf(found);
    }

    private static String normalise(String request) {
        return request == null ? "" : request.strip().replaceAll("\\s+", " ");
    }
}

package org.openimr.guidelines.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.openimr.guidelines.Applicability;
import org.openimr.guidelines.Citation;
import org.openimr.guidelines.Confidence;
import org.openimr.guidelines.Criterion;
import org.openimr.guidelines.DateBasis;
import org.openimr.guidelines.Edition;
import org.openimr.guidelines.Extension;
import org.openimr.guidelines.GuidelineDataException;
import org.openimr.guidelines.GuidelineDocument;
import org.openimr.guidelines.Limit;
import org.openimr.guidelines.LimitQuantity;
import org.openimr.guidelines.LimitScope;
import org.openimr.guidelines.Phase;
import org.openimr.guidelines.Recommendation;
import org.openimr.guidelines.RequestKind;
import org.openimr.guidelines.Strength;
import org.openimr.guidelines.Term;
import org.openimr.guidelines.Topic;
import org.openimr.guidelines.Vocabulary.Category;
import org.openimr.guidelines.Vocabulary;
import org.openimr.shared.BodyRegion;
import org.openimr.shared.CitationBasis;
import org.openimr.shared.PageRange;

/**
 * Reads and checks the guideline data: the manifest (catalogue.yaml), the vocabulary, the editions and every
 * recommendation file it names. Any error stops the load with a {@link GuidelineDataException} naming the file, the
 * entry and the line: a catalogue is either wholly valid or not built at all.
 */
public final class CatalogueLoader {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(_[a-z0-9]+)*");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

    private final GuidelineFiles files;

    private CatalogueLoader(GuidelineFiles files) {
        this.files = files;
    }

    public static CatalogueData load(GuidelineFiles files) {
        return new CatalogueLoader(files).load();
    }

    private YamlNode parse(String path) {
        return YamlNode.parse(files.displayName(path), files.read(path));
    }

    private CatalogueData load() {
        YamlNode manifest = parse(GuidelineFiles.MANIFEST).onlyKeys("vocabulary", "editions", "recommendations");
        Vocabulary vocabulary = readVocabulary(parse(manifest.req("vocabulary").text()));
        List<Edition> editions = readEditions(parse(manifest.req("editions").text()));
        List<GuidelineDocument> documents = editions.stream().map(Edition::document).distinct().toList();
        CriterionReader criteria = new CriterionReader(vocabulary);
        Map<String, Edition> editionsById = new LinkedHashMap<>();
        editions.forEach(e -> editionsById.put(e.id(), e));
        List<Recommendation> recommendations = new ArrayList<>();
        Map<String, Recommendation> seen = new HashMap<>();
        for (YamlNode fileName : manifest.req("recommendations").items()) {
            String path = fileName.text();
            YamlNode root = parse(path).onlyKeys("recommendations");
            for (YamlNode item : root.req("recommendations").items()) {
                Recommendation r = new RecommendationReader(criteria, editionsById)
                        .read(item, files.displayName(path));
                Recommendation earlier = seen.putIfAbsent(r.id(), r);
                if (earlier != null) {
                    throw item.asEntry("entry '" + r.id() + "'")
                            .fail("duplicate id: also defined in " + earlier.file());
                }
                recommendations.add(r);
            }
        }
        return new CatalogueData(vocabulary, documents, editions, recommendations);
    }

    // ---------------------------------------------------------------------------------------------- vocabulary

    private static Vocabulary readVocabulary(YamlNode root) {
        List<String> keys = new ArrayList<>();
        for (Category c : Category.values()) {
            keys.add(CriterionReader.yamlKey(c));
        }
        root.onlyKeys(keys.toArray(String[]::new));
        Map<Category, List<Term>> terms = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            List<Term> list = new ArrayList<>();
            root.opt(CriterionReader.yamlKey(c)).ifPresent(section -> section.entries().forEach((code, value) -> {
                YamlNode v = value.asEntry(CriterionReader.yamlKey(c) + " '" + code + "'");
                if (!CODE.matcher(code).matches()) {
                    throw v.fail("a code is lower case words joined by '_', found '" + code + "'");
                }
                list.add(readTerm(code, v));
            }));
            terms.put(c, list);
        }
        Set<String> classes = new java.util.HashSet<>();
        terms.get(Category.DRUG_CLASSES).forEach(t -> classes.add(t.code()));
        YamlNode drugs = root.opt("drugs").orElse(null);
        for (Term drug : terms.get(Category.DRUGS)) {
            if (!drug.names().isEmpty()) {
                throw drugs.entries().get(drug.code()).asEntry("drugs '" + drug.code() + "'")
                        .fail("drug names live in one table, casefile/drugs.tsv (its 'drug' column gives this code);"
                                + " remove 'names' here");
            }
            for (String cls : drug.classes()) {
                if (!classes.contains(cls)) {
                    throw drugs.entries().get(drug.code()).asEntry("drugs '" + drug.code() + "'")
                            .fail("unknown drug class '" + cls + "' (declare it under drugClasses)");
                }
            }
        }
        return new Vocabulary(terms);
    }

    private static Term readTerm(String code, YamlNode v) {
        if (!v.isMap()) {
            return new Term(code, null, List.of(), List.of(), List.of(), List.of(), v.isNull() ? "" : v.text(), "");
        }
        v.onlyKeys("label", "names", "classes", "icd9", "icd10", "note", "negated");
        return new Term(code, v.opt("label").map(YamlNode::text).orElse(null),
                v.opt("names").map(YamlNode::texts).orElse(List.of()),
                v.opt("classes").map(YamlNode::texts).orElse(List.of()),
                v.opt("icd9").map(YamlNode::texts).orElse(List.of()),
                v.opt("icd10").map(YamlNode::texts).orElse(List.of()),
                v.opt("note").map(YamlNode::text).orElse(null),
                v.opt("negated").map(YamlNode::text).orElse(null));
    }

    // ---------------------------------------------------------------------------------------------- editions

    private static List<Edition> readEditions(YamlNode root) {
        root.onlyKeys("documents");
        List<Edition> editions = new ArrayList<>();
        Map<String, YamlNode> where = new HashMap<>();
        Map<String, String> nameOwners = new HashMap<>();
        Set<String> documentIds = new java.util.HashSet<>();
        for (YamlNode d : root.req("documents").items()) {
            d.onlyKeys("id", "title", "publisher", "basis", "aliases", "pagesStyleName", "editions");
            String docId = d.req("id").text();
            YamlNode doc = d.asEntry("document '" + docId + "'");
            if (!ID.matcher(docId).matches() || !documentIds.add(docId)) {
                throw doc.fail("document id must be unique, lower case words joined by '-' or '.'");
            }
            CitationBasis basis = d.req("basis").enumValue(CitationBasis.class);
            GuidelineDocument document = new GuidelineDocument(docId, d.req("title").text(),
                    d.req("publisher").text(), basis, d.opt("aliases").map(YamlNode::texts).orElse(List.of()),
                    d.opt("pagesStyleName").map(YamlNode::text).orElse(null));
            List<String> names = new ArrayList<>(document.aliases());
            names.add(document.title());
            Set<String> labels = new java.util.HashSet<>();
            for (YamlNode en : d.req("editions").items()) {
                en.onlyKeys("id", "label", "citedAs", "versionDate", "topics", "effectiveFrom", "effectiveTo",
                        "dateBasis", "regulation", "printsSections", "confidence", "note");
                String id = en.req("id").text();
                YamlNode e = en.asEntry("edition '" + id + "'");
                if (!ID.matcher(id).matches() || where.containsKey(id)) {
                    throw e.fail("edition id must be unique, lower case words joined by '-' or '.'");
                }
                Edition edition;
                try {
                    edition = new Edition(id, document, e.req("label").text(), e.req("citedAs").text(),
                            e.opt("versionDate").map(YamlNode::text).orElse(null),
                            e.opt("topics").map(t -> t.enumValues(Topic.class)).orElse(List.of()),
                            e.req("effectiveFrom").date(), e.opt("effectiveTo").map(YamlNode::date).orElse(null),
                            e.req("dateBasis").enumValue(DateBasis.class), e.opt("regulation").map(YamlNode::text).orElse(""),
                            e.opt("printsSections").map(YamlNode::bool).orElse(true),
                            e.req("confidence").enumValue(Confidence.class), e.opt("note").map(YamlNode::text).orElse(""));
                } catch (IllegalArgumentException ex) {
                    throw e.fail(ex.getMessage());
                }
                if (!labels.add(edition.label())) {
                    throw e.fail("label '" + edition.label() + "' is used twice in document '" + docId + "'");
                }
                if (basis == CitationBasis.MTUS && edition.topics().isEmpty()) {
                    throw e.fail("an MTUS edition must serve at least one topic");
                }
                if (basis != CitationBasis.MTUS && !edition.topics().isEmpty()) {
                    throw e.fail("a non-MTUS edition serves no MTUS topic");
                }
                names.add(edition.citedAs());
                editions.add(edition);
                where.put(id, e);
            }
            for (String name : names) {
                String key = Names.key(name);
                String owner = nameOwners.putIfAbsent(key, docId);
                if (owner != null && !owner.equals(docId)) {
                    throw doc.fail("the name '" + name + "' also names document '" + owner + "'");
                }
            }
        }
        for (Topic topic : Topic.values()) {
            checkNoOverlap(editions.stream().filter(e -> e.topics().contains(topic)).toList(), "topic "
                    + topic.name().toLowerCase(java.util.Locale.ROOT), where);
        }
        for (String doc : documentIds) {
            checkNoOverlap(editions.stream().filter(e -> e.document().id().equals(doc)).toList(), "document " + doc,
                    where);
        }
        return editions;
    }

    private static void checkNoOverlap(List<Edition> editions, String scope, Map<String, YamlNode> where) {
        List<Edition> sorted = editions.stream().sorted(Comparator.comparing(Edition::effectiveFrom)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            Edition before = sorted.get(i - 1);
            Edition after = sorted.get(i);
            LocalDate end = before.effectiveTo();
            if (end == null || !end.isBefore(after.effectiveFrom())) {
                throw where.get(after.id()).fail("effective dates " + after.dateRange() + " overlap edition '"
                        + before.id() + "' (" + before.dateRange() + ") for " + scope
                        + ": only one edition may be in force on a date");
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- recommendations

    private static final class RecommendationReader {
        private final CriterionReader criteria;
        private final Map<String, Edition> editions;

        RecommendationReader(CriterionReader criteria, Map<String, Edition> editions) {
            this.criteria = criteria;
            this.editions = editions;
        }

        Recommendation read(YamlNode item, String displayPath) {
            if (!item.isMap()) {
                throw item.fail("a recommendation is a mapping with id, title, citation, ...");
            }
            YamlNode idNode = item.opt("id").orElseThrow(() -> item.asEntry("entry at line " + item.line())
                    .fail("missing 'id'"));
            String id = idNode.text();
            YamlNode r = item.asEntry("entry '" + id + "'");
            if (!ID.matcher(id).matches()) {
                throw r.fail("id must be lower case words joined by '-' or '.', found '" + id + "'");
            }
            r.onlyKeys("id", "title", "topic", "citation", "applies", "strength", "criteria", "limits", "extensions",
                    "confidence", "summary", "source");
            Citation citation = citation(r.opt("citation").orElseThrow(
                    () -> r.fail("missing 'citation' (edition, and sections and/or pages)")));
            Edition edition = citation.edition();
            Topic topic = topic(r, edition);
            Applicability applies = applicability(r.req("applies"));
            Strength strength = r.req("strength").enumValue(Strength.class);
            List<Criterion> crit = r.opt("criteria").map(criteria::readAll).orElse(List.of());
            List<Limit> limits = r.opt("limits").map(l -> l.items().stream().map(this::limit).toList())
                    .orElse(List.of());
            List<Extension> extensions = r.opt("extensions")
                    .map(l -> l.items().stream().map(this::extension).toList()).orElse(List.of());
            if (strength == Strength.NOT_RECOMMENDED && (!crit.isEmpty() || !extensions.isEmpty())) {
                throw r.fail("a not-recommended entry has no criteria or extensions; put the conditions it applies"
                        + " under applies.when");
            }
            if (strength == Strength.RECOMMENDED_WITH_CRITERIA && crit.isEmpty() && limits.isEmpty()) {
                throw r.fail("recommended_with_criteria needs criteria or limits");
            }
            Confidence confidence = r.opt("confidence").orElseThrow(
                    () -> r.fail("missing 'confidence' (V, S, R1, R2, R3 or ODG)")).enumValue(Confidence.class);
            if (!edition.document().isMtus() && confidence != Confidence.ODG && confidence != Confidence.R3) {
                throw r.fail("a recommendation of a non-MTUS guideline has confidence ODG (a fallback guideline's text)"
                        + " or R3 (this project's reading of a standard that has no guideline text)");
            }
            return new Recommendation(id, r.req("title").text(), topic, citation, applies, strength, crit, limits,
                    extensions, confidence, r.req("summary").text(), r.opt("source").map(YamlNode::text).orElse(""),
                    displayPath);
        }

        private Citation citation(YamlNode c) {
            c.onlyKeys("edition", "sections", "pages");
            YamlNode e = c.opt("edition").orElseThrow(() -> c.fail("missing 'edition'"));
            Edition edition = editions.get(e.text());
            if (edition == null) {
                throw e.fail("unknown edition '" + e.text() + "'"
                        + CriterionReader.suggestion(e.text(), editions.keySet()) + " (editions are in editions.yaml)");
            }
            List<String> sections = c.opt("sections").map(YamlNode::texts).orElse(List.of());
            List<PageRange> pages = new ArrayList<>();
            c.opt("pages").ifPresent(p -> p.itemsOrOne().forEach(pg -> {
                List<PageRange> parsed;
                try {
                    parsed = PageRange.parseAll(pg.text());
                } catch (IllegalArgumentException ex) {
                    throw pg.fail(ex.getMessage());
                }
                if (parsed.isEmpty()) {
                    throw pg.fail("not a page or page range: '" + pg.text() + "'");
                }
                pages.addAll(parsed);
            }));
            if (sections.isEmpty() && pages.isEmpty()) {
                throw c.fail("a citation needs sections or pages");
            }
            return new Citation(edition, sections, pages);
        }

        private Topic topic(YamlNode r, Edition edition) {
            var given = r.opt("topic");
            if (given.isEmpty()) {
                if (edition.topics().isEmpty()) {
                    throw r.fail("give 'topic': edition '" + edition.id() + "' serves no MTUS topic (name the topic"
                            + " this fallback fills in for)");
                }
                return edition.topics().get(0);
            }
            Topic topic = given.get().enumValue(Topic.class);
            if (edition.document().isMtus() && !edition.topics().contains(topic)) {
                throw given.get().fail("edition '" + edition.id() + "' does not serve topic "
                        + given.get().text() + "; it serves " + edition.topics().stream()
                                .map(t -> t.name().toLowerCase(java.util.Locale.ROOT)).toList());
            }
            return topic;
        }

        private Applicability applicability(YamlNode a) {
            a.onlyKeys("requestKinds", "phases", "bodyRegions", "bodyRegionsExcluded", "diagnosisGroups", "drugs",
                    "drugClasses", "modalities", "surgeries", "postsurgicalPeriod", "when");
            List<Phase> phases = a.opt("phases").map(p -> p.enumValues(Phase.class)).orElse(List.of());
            var period = a.opt("postsurgicalPeriod");
            if (period.isPresent() && !phases.contains(Phase.POSTSURGICAL)) {
                throw period.get().fail("postsurgicalPeriod needs phases to include postsurgical");
            }
            try {
                return new Applicability(a.req("requestKinds").enumValues(RequestKind.class), phases,
                        a.opt("bodyRegions").map(p -> p.enumValues(BodyRegion.class)).orElse(List.of()),
                        a.opt("bodyRegionsExcluded").map(p -> p.enumValues(BodyRegion.class)).orElse(List.of()),
                        codes(a, "diagnosisGroups", Category.DIAGNOSIS_GROUPS),
                        codes(a, "drugs", Category.DRUGS),
                        codes(a, "drugClasses", Category.DRUG_CLASSES),
                        codes(a, "modalities", Category.MODALITIES),
                        codes(a, "surgeries", Category.SURGERIES),
                        period.map(YamlNode::span).orElse(null),
                        a.opt("when").map(criteria::readAll).orElse(List.of()));
            } catch (IllegalArgumentException ex) {
                throw a.fail(ex.getMessage());
            }
        }

        private List<String> codes(YamlNode parent, String key, Category category) {
            return parent.opt(key).map(n -> criteria.codes(n, category)).orElse(List.of());
        }

        private Limit limit(YamlNode l) {
            l.onlyKeys("quantity", "min", "max", "over", "per", "budget", "note");
            BigDecimal min = l.opt("min").map(YamlNode::decimal).orElse(null);
            BigDecimal max = l.opt("max").map(YamlNode::decimal).orElse(null);
            if ((min != null && min.signum() < 0) || (max != null && max.signum() < 0)) {
                throw l.fail("a limit cannot be negative");
            }
            String budget = l.opt("budget").map(b -> criteria.code(b, Category.BUDGETS)).orElse(null);
            try {
                return new Limit(l.req("quantity").enumValue(LimitQuantity.class), min, max,
                        l.opt("over").map(YamlNode::span).orElse(null),
                        l.opt("per").map(p -> p.enumValue(LimitScope.class)).orElse(null), budget,
                        l.opt("note").map(YamlNode::text).orElse(""));
            } catch (IllegalArgumentException ex) {
                throw l.fail(ex.getMessage());
            }
        }

        private Extension extension(YamlNode x) {
            x.onlyKeys("requires", "upTo", "lifts", "confidence", "note");
            List<Criterion> requires = criteria.readAll(x.req("requires"));
            if (requires.isEmpty()) {
                throw x.fail("an extension requires at least one criterion");
            }
            return new Extension(requires,
                    x.opt("upTo").map(l -> l.items().stream().map(this::limit).toList()).orElse(List.of()),
                    x.opt("lifts").map(l -> l.items().stream().map(p -> p.enumValue(LimitScope.class)).toList())
                            .orElse(List.of()),
                    x.opt("confidence").map(c -> c.enumValue(Confidence.class)).orElse(null),
                    x.opt("note").map(YamlNode::text).orElse(""));
        }
    }
}

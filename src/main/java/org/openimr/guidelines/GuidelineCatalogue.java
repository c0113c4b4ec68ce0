package org.openimr.guidelines;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openimr.guidelines.internal.CatalogueData;
import org.openimr.guidelines.internal.CatalogueLoader;
import org.openimr.guidelines.internal.GuidelineFiles;
import org.openimr.guidelines.internal.Names;
import org.openimr.shared.CitationBasis;
import org.openimr.shared.GuidelineCitation;

/**
 * The MTUS as versioned data: guideline documents and their editions with effective dates, the recommendations of
 * each edition, and the vocabulary their criteria use. Immutable and thread-safe; plain Java (no Spring needed).
 *
 * <p>The one rule for which guideline governs a date is {@link #editionInForce(Topic, LocalDate)}.
 */
public final class GuidelineCatalogue {

    private static final Pattern TRAILING_YEAR = Pattern.compile("^(.*?)[\\s,]+((?:19|20)\\d{2})$");

    private final Vocabulary vocabulary;
    private final List<GuidelineDocument> documents;
    private final List<Edition> editions;
    private final List<Recommendation> recommendations;
    private final Map<Topic, List<Edition>> editionsByTopic = new EnumMap<>(Topic.class);
    private final Map<String, Edition> editionsById = new LinkedHashMap<>();
    private final Map<String, GuidelineDocument> documentsByName = new LinkedHashMap<>();
    private final Map<String, Recommendation> recommendationsById = new LinkedHashMap<>();

    private GuidelineCatalogue(CatalogueData data) {
        this.vocabulary = data.vocabulary();
        this.documents = List.copyOf(data.documents());
        this.editions = List.copyOf(data.editions());
        this.recommendations = List.copyOf(data.recommendations());
        for (Edition e : editions) {
            editionsById.put(e.id(), e);
            for (Topic t : e.topics()) {
                editionsByTopic.computeIfAbsent(t, k -> new ArrayList<>()).add(e);
            }
            documentsByName.put(Names.key(e.citedAs()), e.document());
        }
        editionsByTopic.values().forEach(l -> l.sort(Comparator.comparing(Edition::effectiveFrom)));
        for (GuidelineDocument d : documents) {
            documentsByName.put(Names.key(d.title()), d);
            d.aliases().forEach(a -> documentsByName.put(Names.key(a), d));
        }
        recommendations.forEach(r -> recommendationsById.put(r.id(), r));
    }

    /** The catalogue shipped with OpenIMR (src/main/resources/guidelines). */
    public static GuidelineCatalogue loadDefault() {
        return new GuidelineCatalogue(CatalogueLoader.load(GuidelineFiles.classpath()));
    }

    /** A catalogue from a folder laid out like src/main/resources/guidelines (catalogue.yaml first). */
    public static GuidelineCatalogue load(Path directory) {
        return new GuidelineCatalogue(CatalogueLoader.load(GuidelineFiles.directory(directory)));
    }

    /** A catalogue from file texts by relative path ("catalogue.yaml", "editions.yaml", ...), e.g. in tests. */
    public static GuidelineCatalogue fromYaml(Map<String, String> files) {
        return new GuidelineCatalogue(CatalogueLoader.load(GuidelineFiles.of(files)));
    }

    // ------------------------------------------------------------------------------------------------- editions

    /**
     * The edition that governs a topic on a date, per imr-process §5.3: the one edition serving the topic whose
     * effective dates include the date (the data guarantees at most one). Pass the date the edition's
     * {@link Edition#dateBasis()} names: the request date for the 2009 and 2016 guidelines, the service date for the
     * ACOEM-based MTUS of 2017-12-01, the dispensing date for the formulary. Empty when no MTUS guideline served the
     * topic then (before the MTUS, or a topic a later MTUS dropped).
     */
    public Optional<Edition> editionInForce(Topic topic, LocalDate date) {
        Objects.requireNonNull(topic, "topic");
        return inForce(editionsByTopic.getOrDefault(topic, List.of()), date);
    }

    /** The edition of one document in force on a date (e.g. CPMTG 2009 on 2013-11-21), by the same rule. */
    public Optional<Edition> editionInForce(GuidelineDocument document, LocalDate date) {
        return inForce(editionsOf(document), date);
    }

    private static Optional<Edition> inForce(Collection<Edition> candidates, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return candidates.stream().filter(e -> e.isInForceOn(date)).findFirst();
    }

    /** The editions of every topic in force on a date. */
    public Map<Topic, Edition> mtusInForce(LocalDate date) {
        Map<Topic, Edition> out = new EnumMap<>(Topic.class);
        for (Topic t : Topic.values()) {
            editionInForce(t, date).ifPresent(e -> out.put(t, e));
        }
        return out;
    }

    public List<GuidelineDocument> documents() {
        return documents;
    }

    public List<Edition> editions() {
        return editions;
    }

    public Optional<Edition> edition(String id) {
        return Optional.ofNullable(editionsById.get(id));
    }

    public List<Edition> editionsOf(GuidelineDocument document) {
        return editions.stream().filter(e -> e.document().equals(document)).toList();
    }

    /** The editions that serve a topic, oldest first. */
    public List<Edition> editionsFor(Topic topic) {
        return List.copyOf(editionsByTopic.getOrDefault(topic, List.of()));
    }

    /**
     * A guideline by the name a letter prints: "Chronic Pain Medical Treatment", "MTUS Chronic Pain Treatment
     * Guidelines", "Forearm, Wrist, and Hand Complaints", "Opioid Treatment", or with the edition year appended.
     */
    public Optional<GuidelineDocument> findDocument(String nameAsPrinted) {
        GuidelineDocument d = documentsByName.get(Names.key(nameAsPrinted));
        if (d == null) {
            Matcher m = TRAILING_YEAR.matcher(nameAsPrinted.strip());
            if (m.matches()) {
                d = documentsByName.get(Names.key(m.group(1)));
            }
        }
        return Optional.ofNullable(d);
    }

    /** An edition by the guideline name and edition label letters print ("Low Back Complaints", "2004"). */
    public Optional<Edition> findEdition(String nameAsPrinted, String editionAsPrinted) {
        return findDocument(nameAsPrinted).flatMap(d -> editionsOf(d).stream()
                .filter(e -> e.label().equalsIgnoreCase(editionAsPrinted.strip())).findFirst());
    }

    /** An edition by the name and year letters print together ("Chronic Pain Medical Treatment 2016"). */
    public Optional<Edition> findEdition(String nameAndEditionAsPrinted) {
        Matcher m = TRAILING_YEAR.matcher(nameAndEditionAsPrinted.strip());
        return m.matches() ? findEdition(m.group(1), m.group(2)) : Optional.empty();
    }

    /**
     * The edition a letter's guideline line refers to: the named edition, or, when the line names none (the seed's
     * "MTUS Chronic Pain Treatment Guidelines Page(s): 98-99"), the document's edition in force on {@code date}.
     */
    public Optional<Edition> resolve(GuidelineCitation citation, LocalDate date) {
        if (citation.basis() != CitationBasis.MTUS || citation.guideline() == null) {
            return Optional.empty();
        }
        Optional<GuidelineDocument> doc = findDocument(citation.guideline());
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        if (citation.edition() != null && !citation.edition().isBlank()) {
            return findEdition(citation.guideline(), citation.edition());
        }
        return editionInForce(doc.get(), date);
    }

    // ------------------------------------------------------------------------------------------ recommendations

    public List<Recommendation> recommendations() {
        return recommendations;
    }

    public Optional<Recommendation> recommendation(String id) {
        return Optional.ofNullable(recommendationsById.get(id));
    }

    /**
     * Whether a recommendation governs on a date: an MTUS recommendation when its edition is the edition in force
     * for its topic; a fallback (non-MTUS) recommendation when its own edition's dates include the date.
     */
    public boolean isInForce(Recommendation r, LocalDate date) {
        if (r.basis() != CitationBasis.MTUS) {
            return r.edition().isInForceOn(date);
        }
        return editionInForce(r.topic(), date).map(e -> e.equals(r.edition())).orElse(false);
    }

    /**
     * The recommendations in force on a date that address a kind of request: MTUS ones first, then fallbacks (ODG),
     * each in data order.
     */
    public List<Recommendation> applicable(RequestKind kind, LocalDate date) {
        return applicable(RequestProfile.of(kind), date);
    }

    /**
     * The recommendations in force on a date that address a request, narrowed by what is known of it (region, phase,
     * diagnosis groups, drug, modality, surgery; an unknown detail narrows nothing). The drug's classes are taken from
     * the vocabulary. MTUS recommendations come first, then fallbacks (ODG).
     */
    public List<Recommendation> applicable(RequestProfile profile, LocalDate date) {
        RequestProfile p = profile;
        if (p.drug() != null) {
            LinkedHashSet<String> classes = new LinkedHashSet<>(p.drugClasses());
            classes.addAll(vocabulary.classesOf(p.drug()));
            p = p.withDrugClasses(List.copyOf(classes));
        }
        RequestProfile query = p;
        List<Recommendation> found = recommendations.stream()
                .filter(r -> r.applies().matches(query) && isInForce(r, date))
                .toList();
        List<Recommendation> ordered = new ArrayList<>(found.stream().filter(r -> r.basis() == CitationBasis.MTUS)
                .toList());
        found.stream().filter(r -> r.basis() != CitationBasis.MTUS).forEach(ordered::add);
        return List.copyOf(ordered);
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }
}

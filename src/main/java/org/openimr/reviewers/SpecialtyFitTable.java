package org.openimr.reviewers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which specialties evaluate and treat which kinds of disputed items, with weights: the data of
 * {@code reviewers/specialty-fit.yaml}, seeded from the certifications of the reviewers who decided the items of the
 * 64 real 2016-17 letters.
 *
 * <p>The fit of one item for a reviewer is the best, over the reviewer's specialties, of the specialty's weight
 * divided by the highest weight of the entry, taken from the most specific entry that lists the specialty:
 * category/subcategory/region, then category/subcategory in any region, then the category, then all requests. Each
 * step back from the item's own kind multiplies the fit by the table's fallback discount. The fit of a case is the
 * mean over its items.
 */
public final class SpecialtyFitTable {

    public static final String RESOURCE = "reviewers/specialty-fit.yaml";
    static final String ANY = "*";

    /** One row of the table: for one kind of item, how many items each specialty decided. */
    record Entry(String category, String subcategory, String region, int items, Map<Specialty, Integer> weights,
            int highest, String description) {

        Entry(String category, String subcategory, String region, int items, Map<Specialty, Integer> weights,
                int highest) {
            this(category, subcategory, region, items, weights, highest, describe(category, subcategory, region));
        }

        static String describe(String category, String subcategory, String region) {
            if (category.equals(ANY)) {
                return "all requests";
            }
            if (subcategory.equals(ANY)) {
                return category + ", any subcategory";
            }
            String sub = subcategory.isEmpty() ? "" : " / " + subcategory;
            return category + sub + (region.equals(ANY) ? ", any region"
                    : " / " + DisputedItemKind.regionPhrase(region));
        }
    }

    private final String version;
    private final double fallbackDiscount;
    private final double bandWidth;
    private final Map<Specialty, Specialty> aliases;
    private final Map<String, Entry> entries;
    private final Map<DisputedItemKind, List<Entry>> levelsByKind = new ConcurrentHashMap<>();

    private SpecialtyFitTable(String version, double fallbackDiscount, double bandWidth,
            Map<Specialty, Specialty> aliases, Map<String, Entry> entries) {
        this.version = version;
        this.fallbackDiscount = fallbackDiscount;
        this.bandWidth = bandWidth;
        this.aliases = aliases;
        this.entries = entries;
    }

    /** The table of the module's data file. */
    public static SpecialtyFitTable standard() {
        return from(YamlResource.classpath(RESOURCE));
    }

    static SpecialtyFitTable from(YamlResource yaml) {
        Map<String, Object> root = yaml.root();
        double discount = yaml.number(root, "fallbackDiscountPerLevel");
        double band = yaml.number(root, "rankingBandWidth");
        if (discount < 0 || discount > 1 || band <= 0 || band > 1) {
            throw yaml.problem("fallbackDiscountPerLevel must be in [0, 1] and rankingBandWidth in (0, 1]");
        }
        Map<Specialty, Specialty> aliases = new HashMap<>();
        Object aliasMap = root.get("aliases");
        if (aliasMap != null) {
            for (Map.Entry<String, Object> a : YamlResource.asMapping(aliasMap).entrySet()) {
                aliases.put(Specialty.of(a.getKey()), Specialty.of(String.valueOf(a.getValue())));
            }
        }
        Map<String, Entry> entries = new HashMap<>();
        for (Object o : yaml.list(root, "entries")) {
            Map<String, Object> m = YamlResource.asMapping(o);
            String category = yaml.string(m, "category");
            String subcategory = yaml.optionalString(m, "subcategory", "");
            String region = yaml.string(m, "region");
            if (!region.equals(ANY) && !DisputedItemKind.isRegionKey(region)) {
                throw yaml.problem("not a body region: " + region);
            }
            Map<Specialty, Integer> weights = new LinkedHashMap<>();
            int highest = 0;
            for (Map.Entry<String, Object> w : yaml.mapping(m, "specialties").entrySet()) {
                int weight = ((Number) w.getValue()).intValue();
                weights.put(Specialty.of(w.getKey()), weight);
                highest = Math.max(highest, weight);
            }
            if (highest <= 0) {
                throw yaml.problem("an entry needs a positive weight: " + m);
            }
            Entry entry = new Entry(category, subcategory, region, (int) yaml.number(m, "items"), weights, highest);
            if (entries.put(key(category, subcategory, region), entry) != null) {
                throw yaml.problem("entry listed twice: " + entry.description());
            }
        }
        return new SpecialtyFitTable(yaml.string(root, "version") + " (sha256:" + yaml.sha256() + ")", discount,
                band, Map.copyOf(aliases), Map.copyOf(entries));
    }

    private static String key(String category, String subcategory, String region) {
        return category.toLowerCase(Locale.ROOT) + "|" + subcategory.toLowerCase(Locale.ROOT) + "|" + region;
    }

    /** The version stated in the file and the fingerprint of its text. */
    public String version() {
        return version;
    }

    /** The width of the fit bands ranking compares (fits in one band count as equal, and workload decides). */
    public double bandWidth() {
        return bandWidth;
    }

    /** The band of a fit: 0 for [0, width), 1 for [width, 2 width) ...; a fit of 1 is in the top band. */
    public int band(double score) {
        int top = (int) Math.ceil(1 / bandWidth - 1e-9) - 1;
        return Math.min(top, (int) Math.floor(score / bandWidth + 1e-9));
    }

    /** The name a specialty is known by in the table ("Sports Medicinea", a letter's typo, is "Sports Medicine"). */
    public Specialty canonical(Specialty specialty) {
        return aliases.getOrDefault(specialty, specialty);
    }

    /** The fit of the specialties (in the reviewer's order) for the items of a case. */
    public SpecialtyFit fitOf(Collection<Specialty> specialties, List<DisputedItemKind> items) {
        Set<Specialty> own = new LinkedHashSet<>();
        for (Specialty s : specialties) {
            own.add(canonical(s));
        }
        double total = 0;
        List<SpecialtyFit.ItemFit> fits = new ArrayList<>(items.size());
        for (DisputedItemKind item : items) {
            SpecialtyFit.ItemFit best = SpecialtyFit.ItemFit.none(item);
            List<Entry> levels = levelsOf(item);
            for (Specialty s : own) {
                for (int level = 0; level < levels.size(); level++) {
                    Entry e = levels.get(level);
                    Integer weight = e == null ? null : e.weights().get(s);
                    if (weight == null) {
                        continue;
                    }
                    double fit = (double) weight / e.highest() * Math.pow(fallbackDiscount, level);
                    if (fit > best.fit()) {
                        best = new SpecialtyFit.ItemFit(item, fit, Optional.of(s), weight, e.items(), e.description());
                    }
                    break;
                }
            }
            total += best.fit();
            fits.add(best);
        }
        double score = items.isEmpty() ? 0 : Math.min(1, total / items.size());
        return new SpecialtyFit(score, fits);
    }

    /** The entries for an item, most specific first: kind, kind in any region, category, all requests. */
    private List<Entry> levelsOf(DisputedItemKind item) {
        return levelsByKind.computeIfAbsent(item, k -> {
            String category = k.category().category();
            List<Entry> levels = new ArrayList<>(4);
            levels.add(entries.get(key(category, k.subcategory(), k.regionKey())));
            levels.add(entries.get(key(category, k.subcategory(), ANY)));
            levels.add(entries.get(key(category, ANY, ANY)));
            levels.add(entries.get(key(ANY, ANY, ANY)));
            return levels;
        });
    }
}

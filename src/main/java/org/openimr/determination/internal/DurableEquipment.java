package org.openimr.determination.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.openimr.determination.Evidence;
import org.openimr.determination.Verdict;
import org.openimr.determination.internal.FactResolver.Resolution;
import org.openimr.shared.BodyRegion;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Medicare's definition of durable medical equipment, which ODG's general equipment rule asks the item to meet, read
 * from the kind of item requested ({@value #RESOURCE}): a property of the item, not a fact a record states. Also the
 * body part the item serves, where the medical need the rule asks for is read: the request's region, else the region
 * the kind of item serves (a lumbar support serves the low back).
 */
public final class DurableEquipment {

    public static final String RESOURCE = "determination/durable-equipment.yaml";

    private static final DurableEquipment STANDARD = read();

    /** Kinds that meet the definition, with the region each serves (empty: the region the request names). */
    private final Map<String, Optional<BodyRegion>> meets;
    /** Kinds that do not, with the reason. */
    private final Map<String, String> notMedical;

    private DurableEquipment(Map<String, Optional<BodyRegion>> meets, Map<String, String> notMedical) {
        this.meets = Map.copyOf(meets);
        this.notMedical = Map.copyOf(notMedical);
    }

    public static DurableEquipment standard() {
        return STANDARD;
    }

    /** Every kind of item the file judges, for checks against the vocabulary. */
    public List<String> kinds() {
        return java.util.stream.Stream.concat(meets.keySet().stream(), notMedical.keySet().stream()).sorted().toList();
    }

    /**
     * Whether the item requested meets the definition: not met when it is of a kind Medicare does not count as medical
     * equipment (that wins over a kind that does), met when of a kind that does, unknown otherwise. The evidence is
     * the request that names the item.
     */
    Resolution definition(CaseRecord c) {
        List<String> kinds = c.request().modalities();
        Optional<String> not = kinds.stream().filter(notMedical::containsKey).findFirst();
        Optional<String> yes = kinds.stream().filter(meets::containsKey).findFirst();
        if (not.isEmpty() && yes.isEmpty()) {
            return Resolution.unknown();
        }
        String statement = not.map(k -> "the item requested does not meet Medicare's definition of durable medical "
                + "equipment: " + notMedical.get(k))
                .orElseGet(() -> "the item requested (" + yes.get().replace('_', ' ') + ") is durable medical "
                        + "equipment in Medicare's sense: it withstands repeated use, serves a medical purpose, is of "
                        + "no use without an illness or injury and is used at home");
        return c.span(CaseRecord.REQUEST, 0, c.requestDocument().text().length())
                .map(sp -> new Resolution(not.isPresent() ? Verdict.NOT_MET : Verdict.MET,
                        List.of(new Evidence(statement, sp))))
                .orElse(Resolution.unknown());
    }

    /** The body regions the item requested serves: those the request names, else the one its kind serves. */
    List<BodyRegion> servedRegions(CaseRecord c) {
        if (!c.request().regions().isEmpty()) {
            return c.request().regions();
        }
        return c.request().modalities().stream().map(k -> meets.getOrDefault(k, Optional.empty()))
                .flatMap(Optional::stream).distinct().toList();
    }

    private static DurableEquipment read() {
        try (InputStream in = DurableEquipment.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing from the class path: " + RESOURCE);
            }
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (!(root instanceof Map<?, ?> map) || !(map.get("meets") instanceof Map<?, ?> meets)
                    || !(map.get("notMedical") instanceof Map<?, ?> notMedical)) {
                throw new IllegalStateException(RESOURCE + ": expected 'meets' and 'notMedical' mappings");
            }
            Map<String, Optional<BodyRegion>> yes = new LinkedHashMap<>();
            meets.forEach((k, v) -> yes.put(k.toString(), Optional.ofNullable(v)
                    .map(r -> BodyRegion.valueOf(r.toString().toUpperCase(Locale.ROOT)))));
            Map<String, String> no = new LinkedHashMap<>();
            notMedical.forEach((k, v) -> no.put(k.toString(), String.valueOf(v)));
            return new DurableEquipment(yes, no);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

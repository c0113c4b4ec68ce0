package org.openimr.casefile.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openimr.casefile.Dosing;
import org.openimr.casefile.DrugClass;
import org.openimr.casefile.Medication;
import org.openimr.casefile.MorphineEquivalentDose;
import org.openimr.casefile.Strength;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The MED conversion factors of {@code casefile/opioid-conversion.yaml}, and the MED computation over medications.
 * A daily dose is strength (the opioid component: the first number of "10/325") x units per dose x doses per day;
 * a transdermal fentanyl dose is the patch rate in mcg/h.
 */
public final class OpioidConversionTable {

    private static final String RESOURCE = "casefile/opioid-conversion.yaml";
    private static final OpioidConversionTable STANDARD = load(RESOURCE);

    /** A factor, or bands of factors by daily dose (methadone). */
    record Conversion(String opioid, String unit, BigDecimal factor, List<Band> bands, String source) {

        Band bandFor(BigDecimal dailyDose) {
            for (Band b : bands) {
                if (b.upTo() == null || dailyDose.compareTo(b.upTo()) <= 0) {
                    return b;
                }
            }
            return new Band(null, bands.get(bands.size() - 1).factor(), true);
        }
    }

    /** Up to a daily dose (inclusive), this factor; {@code beyondTable} when the dose is above the last band. */
    record Band(BigDecimal upTo, BigDecimal factor, boolean beyondTable) {
    }

    private final Map<String, Conversion> conversions;

    private OpioidConversionTable(Map<String, Conversion> conversions) {
        this.conversions = Map.copyOf(conversions);
    }

    public static OpioidConversionTable standard() {
        return STANDARD;
    }

    Optional<Conversion> conversion(String opioid) {
        return Optional.ofNullable(conversions.get(opioid));
    }

    public MorphineEquivalentDose morphineEquivalentDose(Collection<Medication> medications) {
        List<MorphineEquivalentDose.Contribution> contributions = new ArrayList<>();
        List<MorphineEquivalentDose.NotQuantified> notQuantified = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Medication m : distinctRegimens(medications)) {
            Optional<Conversion> conversion = m.opioid().flatMap(this::conversion);
            if (conversion.isEmpty()) {
                notQuantified.add(new MorphineEquivalentDose.NotQuantified(m,
                        "no conversion factor for " + m.opioid().orElse(m.generic())));
                continue;
            }
            Conversion c = conversion.get();
            if (m.strength().isEmpty()) {
                notQuantified.add(new MorphineEquivalentDose.NotQuantified(m, "strength not stated"));
                continue;
            }
            Strength strength = m.strength().get();
            if ("mcg/h".equals(c.unit())) {
                if (!strength.unit().equals("mcg/h")) {
                    notQuantified.add(new MorphineEquivalentDose.NotQuantified(m, "patch rate (mcg/h) not stated"));
                    continue;
                }
                BigDecimal med = scale(strength.amount().multiply(c.factor()));
                contributions.add(new MorphineEquivalentDose.Contribution(m, c.opioid(), strength.amount(), "mcg/h",
                        c.factor(), c.source(), med, false, ""));
                total = total.add(med);
                continue;
            }
            Optional<BigDecimal> milligrams = milligrams(strength);
            if (milligrams.isEmpty()) {
                notQuantified.add(new MorphineEquivalentDose.NotQuantified(m,
                        "strength in " + strength.unit() + ", not mg"));
                continue;
            }
            Optional<BigDecimal> timesPerDay = m.dosing().flatMap(Dosing::timesPerDay);
            if (timesPerDay.isEmpty()) {
                notQuantified.add(new MorphineEquivalentDose.NotQuantified(m, "frequency not stated"));
                continue;
            }
            Optional<BigDecimal> units = m.dosing().flatMap(Dosing::unitsPerDose);
            BigDecimal daily = milligrams.get().multiply(units.orElse(BigDecimal.ONE)).multiply(timesPerDay.get());
            BigDecimal factor = c.factor();
            String note = "";
            if (!c.bands().isEmpty()) {
                Band band = c.bandFor(daily);
                factor = band.factor();
                if (band.beyondTable()) {
                    note = "daily dose above the last tabulated band; the last factor was applied";
                }
            }
            BigDecimal med = scale(daily.multiply(factor));
            contributions.add(new MorphineEquivalentDose.Contribution(m, c.opioid(), scale(daily), "mg/day", factor,
                    c.source(), med, units.isEmpty(), note));
            total = total.add(med);
        }
        return new MorphineEquivalentDose(scale(total), contributions, notQuantified);
    }

    /**
     * The same regimen stated twice (in two sentences or documents) counts once: one entry per opioid and strength,
     * the most completely stated one.
     */
    private static List<Medication> distinctRegimens(Collection<Medication> medications) {
        Map<String, Medication> byRegimen = new LinkedHashMap<>();
        for (Medication m : medications) {
            if (!m.is(DrugClass.OPIOID)) {
                continue;
            }
            String key = m.opioid().orElse(m.generic()) + "|"
                    + m.strength().map(s -> s.amount().stripTrailingZeros().toPlainString()).orElse("?");
            byRegimen.merge(key, m, (a, b) -> completeness(b) > completeness(a) ? b : a);
        }
        // an opioid stated once with a strength and once without is one regimen
        List<Medication> result = new ArrayList<>(byRegimen.values());
        result.removeIf(m -> m.strength().isEmpty() && result.stream().anyMatch(o -> o != m
                && o.opioid().equals(m.opioid()) && o.strength().isPresent()));
        return result;
    }

    private static int completeness(Medication m) {
        return (m.strength().isPresent() ? 1 : 0) + (m.dosing().flatMap(Dosing::timesPerDay).isPresent() ? 2 : 0)
                + (m.dosing().flatMap(Dosing::unitsPerDose).isPresent() ? 1 : 0);
    }

    private static Optional<BigDecimal> milligrams(Strength s) {
        return switch (s.unit()) {
            case "mg" -> Optional.of(s.amount());
            case "mcg" -> Optional.of(s.amount().divide(BigDecimal.valueOf(1000)));
            default -> Optional.empty();
        };
    }

    private static BigDecimal scale(BigDecimal value) {
        BigDecimal v = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    @SuppressWarnings("unchecked")
    static OpioidConversionTable load(String resource) {
        Map<String, Object> root;
        try (InputStream in = OpioidConversionTable.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("opioid conversion table missing from the classpath: " + resource);
            }
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        Map<String, Object> sources = (Map<String, Object>) root.get("sources");
        Map<String, Conversion> conversions = new LinkedHashMap<>();
        for (Map<String, Object> row : (List<Map<String, Object>>) root.get("opioids")) {
            String opioid = (String) row.get("opioid");
            String sourceKey = (String) row.get("source");
            if (sourceKey == null || !sources.containsKey(sourceKey)) {
                throw new IllegalStateException(resource + ": " + opioid + " needs a source listed under sources");
            }
            String source = sourceKey + ": " + sources.get(sourceKey).toString().strip();
            List<Band> bands = new ArrayList<>();
            if (row.get("bands") != null) {
                for (Map<String, Object> band : (List<Map<String, Object>>) row.get("bands")) {
                    Object upTo = band.get("upToMgPerDay");
                    bands.add(new Band(upTo == null ? null : decimal(upTo), decimal(band.get("factor")), false));
                }
            }
            BigDecimal factor = row.get("factor") != null ? decimal(row.get("factor"))
                    : bands.isEmpty() ? null : bands.get(0).factor();
            if (factor == null) {
                throw new IllegalStateException(resource + ": " + opioid + " has no factor");
            }
            String unit = row.get("unit") == null ? "mg/day" : row.get("unit").toString();
            conversions.put(opioid, new Conversion(opioid, unit, factor, bands, source));
        }
        return new OpioidConversionTable(conversions);
    }

    private static BigDecimal decimal(Object value) {
        return new BigDecimal(value.toString());
    }
}

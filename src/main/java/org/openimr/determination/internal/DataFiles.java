package org.openimr.determination.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openimr.casefile.Diagnosis;
import org.openimr.casefile.Surgery;
import org.openimr.shared.BodyRegion;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The engine's data files under {@code src/main/resources/determination/}, read once. */
public final class DataFiles {

    /** How a vocabulary fact is documented by phrases. */
    public record FactPhrases(String fact, List<String> phrases, boolean planned, boolean request,
            List<String> against) {

        /** The lexicon value of a phrase that, affirmed, states the fact does not hold ("drives himself"). */
        public static String against(String fact) {
            return "!" + fact;
        }
    }

    /** A row of surgeries.tsv. */
    public record SurgeryMapping(Surgery.Kind kind, Optional<BodyRegion> region, String surgery) {
    }

    private static final DataFiles STANDARD = new DataFiles();

    private final Map<String, FactPhrases> facts;
    private final Map<Diagnosis.Kind, List<String>> diagnosisGroups;
    private final List<SurgeryMapping> surgeries;

    private DataFiles() {
        this.facts = readFacts();
        this.diagnosisGroups = readDiagnosisGroups();
        this.surgeries = readSurgeries();
    }

    public static DataFiles standard() {
        return STANDARD;
    }

    public Map<String, FactPhrases> facts() {
        return facts;
    }

    public List<String> diagnosisGroups(Diagnosis.Kind kind) {
        return diagnosisGroups.getOrDefault(kind, List.of());
    }

    /** The Postsurgical Treatment Guidelines' surgery a case file surgery is, or unlisted_surgery. */
    public String surgeryCode(Surgery.Kind kind, Optional<BodyRegion> region) {
        for (SurgeryMapping m : surgeries) {
            if (m.kind() == kind && (m.region().isEmpty() || m.region().equals(region))) {
                return m.surgery();
            }
        }
        return "unlisted_surgery";
    }

    private static Map<String, FactPhrases> readFacts() {
        String resource = "determination/fact-phrases.yaml";
        try (InputStream in = open(resource)) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (!(root instanceof Map<?, ?> map) || !(map.get("facts") instanceof Map<?, ?> facts)) {
                throw new IllegalStateException(resource + ": expected a top-level 'facts' mapping");
            }
            Map<String, FactPhrases> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : facts.entrySet()) {
                String fact = e.getKey().toString();
                if (!(e.getValue() instanceof Map<?, ?> v) || !(v.get("phrases") instanceof List<?> phrases)) {
                    throw new IllegalStateException(resource + ": fact '" + fact + "' needs a 'phrases' list");
                }
                List<?> against = v.get("against") instanceof List<?> l ? l : List.of();
                out.put(fact, new FactPhrases(fact, phrases.stream().map(Object::toString).toList(),
                        Boolean.TRUE.equals(v.get("planned")), Boolean.TRUE.equals(v.get("request")),
                        against.stream().map(Object::toString).toList()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Diagnosis.Kind, List<String>> readDiagnosisGroups() {
        Map<Diagnosis.Kind, List<String>> out = new EnumMap<>(Diagnosis.Kind.class);
        for (String[] row : tsv("determination/diagnosis-groups.tsv")) {
            out.put(Diagnosis.Kind.valueOf(row[0].strip()), List.of(row[1].strip().split("\\s*,\\s*")));
        }
        return out;
    }

    private static List<SurgeryMapping> readSurgeries() {
        List<SurgeryMapping> out = new ArrayList<>();
        for (String[] row : tsv("determination/surgeries.tsv")) {
            String region = row[1].strip();
            out.add(new SurgeryMapping(Surgery.Kind.valueOf(row[0].strip()),
                    region.equals("*") ? Optional.empty() : Optional.of(BodyRegion.valueOf(region)), row[2].strip()));
        }
        return out;
    }

    private static List<String[]> tsv(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length < 2) {
                    throw new IllegalStateException(resource + ":" + n + ": expected tab-separated columns");
                }
                rows.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static InputStream open(String resource) {
        InputStream in = DataFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing from the class path: " + resource);
        }
        return in;
    }
}

package org.openimr.casefile.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated lexicon files: one entry a line, '#' starts a comment line, blank lines are skipped. */
final class Tsv {

    private Tsv() {
    }

    static List<String[]> read(String resource) {
        InputStream in = Tsv.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("lexicon file missing from the classpath: " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                if (columns[0].isEmpty()) {
                    throw new IllegalStateException(resource + ":" + number + ": empty term");
                }
                rows.add(columns);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }

    static String column(String[] row, int index) {
        return index < row.length ? row[index].strip() : "";
    }
}

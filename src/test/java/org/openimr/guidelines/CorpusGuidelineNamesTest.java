package org.openimr.guidelines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Every MTUS guideline the real letters of Dec 2016 - Feb 2017 name ("Decision based on MTUS Low Back Complaints
 * 2004, Section(s): ...") resolves to an edition of the catalogue by name and edition label. Read from
 * ../shared/corpus; skipped when it is absent.
 */
class CorpusGuidelineNamesTest {

    static final Path CORPUS = Path.of("..", "shared", "corpus", "fdl-2016-2017");
    static final Pattern MTUS_LINE = Pattern.compile(
            "Decision based on MTUS (.+?)(?=Decision based on Non-MTUS|Decision rationale|MAXIMUS guideline|$)");
    /** "Low Back Complaints 2004" at the start of the line or after ", and "; names may hold commas and "and". */
    static final Pattern NAME_AND_YEAR = Pattern.compile("(?:^|, and )([A-Z][A-Za-z&\\- ,]*?),? ((?:19|20)\\d{2})(?=[,.]|$)");

    @Test
    void everyGuidelineTheLettersNameIsInTheCatalogue() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus/fdl-2016-2017 is absent: corpus check skipped");
        GuidelineCatalogue catalogue = GuidelineCatalogue.loadDefault();
        Map<String, Integer> named = new TreeMap<>();
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> pdfs = Files.list(CORPUS)) {
            for (Path pdf : pdfs.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                String text;
                try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                    text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                }
                Matcher line = MTUS_LINE.matcher(text);
                while (line.find()) {
                    Matcher m = NAME_AND_YEAR.matcher(line.group(1).strip());
                    while (m.find()) {
                        String key = m.group(1).strip() + " " + m.group(2);
                        named.merge(key, 1, Integer::sum);
                        if (catalogue.findEdition(m.group(1), m.group(2)).isEmpty()) {
                            unknown.add(pdf.getFileName() + ": " + key);
                        }
                    }
                }
            }
        }
        assertThat(named).as("names found in the letters").hasSizeGreaterThanOrEqualTo(10)
                .containsKeys("Chronic Pain Medical Treatment 2016", "Low Back Complaints 2004", "Opioid Treatment 2016",
                        "Acupuncture Treatment 2007", "Postsurgical Treatment 2009", "Elbow Complaints 2007");
        assertThat(unknown).as("names the catalogue does not know").isEmpty();
    }
}

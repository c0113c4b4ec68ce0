package org.openimr.library.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openimr.library.LetterStore;
import org.openimr.library.Letters;
import org.openimr.library.OpenDataExport;
import org.openimr.shared.Outcome;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

class OpenDataTest extends LibraryHttpTest {

    @Autowired
    LetterStore store;

    @BeforeEach
    void letters() {
        Letters.Builder a = Letters.letter("CM17-0000301")
                .reviewer(List.of("California", "Oregon"), List.of("Family Practice", "Sports Medicine"))
                .item("Physical therapy, 2 times a week for \"6\" weeks", Outcome.UPHELD,
                        "Line one, with a comma.\nLine two.")
                .modifiedItem("Norco 10/325mg #90", "#30", "Norco 10/325mg #60", Outcome.OVERTURNED);
        Letters.Builder b = Letters.letter("CM17-0000302");
        store.store(a.build(), a.source());
        store.store(b.build(), b.source());
    }

    @Test
    void csvHasTheDocumentedHeaderAndOneRowPerItem() {
        HttpResponse<String> response = get("/data/decisions.csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"openimr-decisions.csv\"");
        List<List<String>> rows = parseCsv(response.body());
        assertThat(rows.get(0)).containsExactlyElementsOf(OpenDataExport.COLUMNS.stream()
                .map(OpenDataExport.Column::name).toList());
        assertThat(rows).hasSize(1 + 3);
        List<String> first = rows.get(1);
        assertThat(first).hasSize(OpenDataExport.COLUMNS.size());
        assertThat(value(first, "case_number")).isEqualTo("CM17-0000301");
        assertThat(value(first, "item_index")).isEqualTo("1");
        assertThat(value(first, "request")).isEqualTo("Physical therapy, 2 times a week for \"6\" weeks");
        assertThat(value(first, "rationale")).isEqualTo("Line one, with a comma.\nLine two.");
        assertThat(value(first, "reviewer_licensure_states")).isEqualTo("California | Oregon");
        assertThat(value(first, "decision_date")).isEqualTo("2017-01-20");
        assertThat(value(first, "category")).isEqualTo("Rehabilitation");
        assertThat(value(first, "letter_url")).isEqualTo("http://localhost:" + port + "/decisions/CM17-0000301");
        List<String> second = rows.get(2);
        assertThat(value(second, "original_request")).isEqualTo("Norco 10/325mg #90");
        assertThat(value(second, "authorized_portion")).isEqualTo("#30");
        assertThat(value(second, "outcome")).isEqualTo("OVERTURNED");
        assertThat(value(rows.get(3), "case_number")).isEqualTo("CM17-0000302");
    }

    @Test
    void jsonLinesHaveTheSameFieldsWithTypes() {
        HttpResponse<String> response = get("/data/decisions.jsonl");

        assertThat(response.statusCode()).isEqualTo(200);
        List<String> lines = response.body().lines().toList();
        assertThat(lines).hasSize(3);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.propertyNames()).containsExactlyElementsOf(OpenDataExport.COLUMNS.stream()
                .map(OpenDataExport.Column::name).toList());
        assertThat(first.get("item_index").isInt()).isTrue();
        assertThat(first.get("patient_age").asInt()).isEqualTo(45);
        assertThat(first.get("reviewer_certifications").isArray()).isTrue();
        assertThat(first.get("reviewer_certifications").get(1).asString()).isEqualTo("Sports Medicine");
        assertThat(first.get("original_request").isNull()).isTrue();
        assertThat(first.get("ingested_at").asString()).endsWith("Z");
    }

    @Test
    void theDocumentationListsEveryColumnInOrder() throws IOException {
        String doc = Files.readString(Path.of("docs", "open-data.md"));
        String columns = doc.substring(doc.indexOf("## Columns"));
        List<String> documented = columns.lines().filter(l -> l.startsWith("| `"))
                .map(l -> l.substring(3, l.indexOf('`', 3))).toList();
        assertThat(documented).containsExactlyElementsOf(OpenDataExport.COLUMNS.stream()
                .map(OpenDataExport.Column::name).toList());
        for (OpenDataExport.Column c : OpenDataExport.COLUMNS) {
            assertThat(doc).contains("| `" + c.name() + "` | " + c.type().description() + " | " + c.meaning() + " |");
        }
    }

    @Test
    void csvFieldsAreQuotedOnlyWhenNeeded() {
        assertThat(org.openimr.library.OpenDataExportAccess.csvField("plain")).isEqualTo("plain");
        assertThat(org.openimr.library.OpenDataExportAccess.csvField("a,b")).isEqualTo("\"a,b\"");
        assertThat(org.openimr.library.OpenDataExportAccess.csvField("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }

    private static String value(List<String> row, String column) {
        int i = OpenDataExport.COLUMNS.stream().map(OpenDataExport.Column::name).toList().indexOf(column);
        return row.get(i);
    }

    /** RFC 4180 parsing, enough for the test. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}

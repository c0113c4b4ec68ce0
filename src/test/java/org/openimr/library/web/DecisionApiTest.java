package org.openimr.library.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openimr.library.LetterStore;
import org.openimr.library.Letters;
import org.openimr.shared.Outcome;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

class DecisionApiTest extends LibraryHttpTest {

    @Autowired
    LetterStore store;

    @BeforeEach
    void twoLetters() {
        save(Letters.letter("CM17-0000201").decided(LocalDate.of(2017, 1, 9))
                .reviewer(List.of("California"), List.of("Family Practice"))
                .item("MRI of the right knee", Outcome.OVERTURNED, "A meniscal tear is suspected; the MRI is needed.")
                .item("Norco 10/325mg #60", Outcome.UPHELD, "No functional improvement is documented."));
        save(Letters.letter("CM16-0000202").decided(LocalDate.of(2016, 12, 20))
                .item("Acupuncture six sessions", Outcome.UPHELD, "The trial exceeded guideline limits."));
    }

    private void save(Letters.Builder b) {
        store.store(b.build(), b.source());
    }

    @Test
    void searchesWithWordsAndFiltersAndGivesFacets() {
        JsonNode r = json("/api/decisions?q=meniscal&outcome=overturned", 200);

        assertThat(r.get("total").asLong()).isEqualTo(1);
        assertThat(r.get("page").asInt()).isEqualTo(1);
        assertThat(r.get("size").asInt()).isEqualTo(20);
        JsonNode item = r.get("items").get(0);
        assertThat(item.get("caseNumber").asString()).isEqualTo("CM17-0000201");
        assertThat(item.get("itemIndex").asInt()).isEqualTo(1);
        assertThat(item.get("request").asString()).isEqualTo("MRI of the right knee");
        assertThat(item.get("outcome").asString()).isEqualTo("OVERTURNED");
        assertThat(item.get("category").asString()).isEqualTo("Diagnostic Testing");
        assertThat(item.get("subcategory").asString()).isEqualTo("Imaging");
        assertThat(item.get("decisionDate").asString()).isEqualTo("2017-01-09");
        assertThat(item.get("reviewerGuideline").get("basis").asString()).isEqualTo("MTUS");
        assertThat(item.get("reviewerGuideline").get("guideline").asString()).isEqualTo("Chronic Pain Medical Treatment");
        assertThat(item.get("reviewerGuideline").get("edition").asString()).isEqualTo("2016");
        assertThat(item.get("specialties").get(0).asString()).isEqualTo("Family Practice");
        assertThat(item.get("snippet").asString()).contains("<mark>");
        assertThat(item.get("letterUrl").asString()).isEqualTo("http://localhost:" + port + "/decisions/CM17-0000201#item-1");
        JsonNode outcome = r.get("facets").get("outcome");
        assertThat(outcome.get(0).get("value").asString()).isEqualTo("OVERTURNED");
        assertThat(outcome.get(0).get("count").asLong()).isEqualTo(1);
        assertThat(outcome.get(0).get("selected").asBoolean()).isTrue();
        assertThat(r.get("facets").properties()).extracting(e -> e.getKey()).containsExactly("outcome", "category",
                "subcategory", "guideline", "edition", "specialty", "state", "year");
    }

    @Test
    void badParametersGiveProblemDetails() {
        HttpResponse<String> response = get("/api/decisions?outcome=maybe");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("title").asString()).isEqualTo("Invalid search parameter");
        assertThat(problem.get("detail").asString()).isEqualTo("outcome must be UPHELD or OVERTURNED, not 'maybe'");
        assertThat(problem.get("parameter").asString()).isEqualTo("outcome");
        assertThat(problem.get("type").asString()).isEqualTo("/data#problem-invalid-parameter");

        assertThat(json("/api/decisions?size=0", 400).get("detail").asString())
                .isEqualTo("'size' must be a whole number from 1 to 100, not '0'");
        assertThat(json("/api/decisions?sort=date", 400).get("detail").asString())
                .startsWith("unknown parameter 'sort'");
    }

    @Test
    void aWholeLetterInTheLetterSchemaWithCategories() {
        JsonNode letter = json("/api/decisions/CM17-0000201", 200);

        assertThat(letter.get("caseNumber").asString()).isEqualTo("CM17-0000201");
        assertThat(letter.get("reference").asString()).isEqualTo("CM17-0000201");
        assertThat(letter.get("decisionDate").asString()).isEqualTo("2017-01-09");
        assertThat(letter.get("layout").asString()).isEqualTo("HEADER_2016");
        assertThat(letter.get("reviewer").get("certifications").get(0).asString()).isEqualTo("Family Practice");
        assertThat(letter.get("items")).hasSize(2);
        assertThat(letter.get("items").get(1).get("request").asString()).isEqualTo("Norco 10/325mg #60");
        assertThat(letter.get("items").get(1).get("subcategory").asString()).isEqualTo("Opioids");
        assertThat(letter.get("items").get(1).get("rationale").asString()).contains("functional improvement");
        assertThat(letter.get("letterUrl").asString()).endsWith("/decisions/CM17-0000201");
    }

    @Test
    void anUnknownLetterIsAProblemNotFound() {
        JsonNode problem = json("/api/decisions/CM99-0000000", 404);
        assertThat(problem.get("title").asString()).isEqualTo("Letter not found");
        assertThat(problem.get("detail").asString()).isEqualTo("There is no letter CM99-0000000 in the library.");
    }

    @Test
    void analyticsAsJson() {
        JsonNode a = json("/api/analytics", 200);
        assertThat(a.get("totals").get("letters").asLong()).isEqualTo(2);
        assertThat(a.get("totals").get("items").asLong()).isEqualTo(3);
        assertThat(a.get("totals").get("overturnedPercent").asDouble()).isEqualTo(33.3);
        // each group: label, items, upheld, overturned, percent overturned; largest group first, then by label
        assertThat(rates(a.get("byCategory"))).containsExactly("Diagnostic Testing 1 0 1 100.0",
                "Pharmaceuticals 1 1 0 0.0", "Rehabilitation 1 1 0 0.0");
        assertThat(rates(a.get("byGuideline"))).containsExactly("MTUS Chronic Pain Medical Treatment 2016 3 2 1 33.3");
        assertThat(rates(a.get("bySpecialty"))).containsExactly("Family Practice 2 1 1 50.0",
                "Physical Medicine & Rehabilitation 1 1 0 0.0");
        // the builder dates every letter: UR denial 50 days, application 32 days and assignment 27 days before the
        // decision, so each interval has the same days in both letters
        assertThat(intervals(a.get("intervals"))).containsExactly(
                "UR denial to application received: 2 letters, min 18, median 18.0, mean 18.0, max 18",
                "Application received to reviewer assigned: 2 letters, min 5, median 5.0, mean 5.0, max 5",
                "Reviewer assigned to decision: 2 letters, min 27, median 27.0, mean 27.0, max 27");
    }

    private static List<String> rates(JsonNode groups) {
        List<String> lines = new java.util.ArrayList<>();
        groups.forEach(g -> lines.add(g.get("label").asString() + " " + g.get("items").asLong() + " "
                + g.get("upheld").asLong() + " " + g.get("overturned").asLong() + " "
                + g.get("overturnedPercent").asDouble()));
        return lines;
    }

    private static List<String> intervals(JsonNode intervals) {
        List<String> lines = new java.util.ArrayList<>();
        intervals.forEach(i -> lines.add(i.get("name").asString() + ": " + i.get("letters").asLong() + " letters, min "
                + i.get("minDays").asInt() + ", median " + i.get("medianDays").asDouble() + ", mean "
                + i.get("meanDays").asDouble() + ", max " + i.get("maxDays").asInt()));
        return lines;
    }
}

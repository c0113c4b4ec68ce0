package org.openimr.library.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openimr.library.OpenDataExport;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Every page of the library, driven in Chromium as a person would, each checked with axe-core. */
class LibraryPagesBrowserTest extends LibraryBrowserTest {

    @Test
    void homeExplainsIMRShowsFiguresAndSearches() {
        open("/");

        assertThat(browser().getTitle()).isEqualTo("Home – OpenIMR");
        assertThat(find("h1").getText()).isEqualTo("Independent Medical Review decisions, open to everyone");
        assertThat(find("main").getText()).contains("Final Determination Letter").contains("upheld")
                .contains("overturned");
        assertThat(find(".figures").getText()).contains("30\nletters");
        assertThat(find(".notice").getText()).contains("invented examples");
        assertThat(findAll(".category-list a")).extracting(WebElement::getText).contains("Pharmaceuticals");
        screenshot("home");
        assertAccessible();

        find("#home-q").sendKeys("acupuncture", Keys.ENTER);

        waiting().until(ExpectedConditions.urlContains("/decisions?q=acupuncture"));
        assertThat(find("#results-title").getText()).endsWith("match \u201cacupuncture\u201d.");
        assertThat(findAll(".result")).isNotEmpty();
    }

    @Test
    void searchFilterByAFacetAndOpenALetter() {
        open("/decisions");
        assertThat(find("#results-title").getText()).contains("decisions in the library, newest first");

        WebElement words = find("#q");
        words.sendKeys("physical therapy");
        find(".search-row button").click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("results-title"),
                "match \u201cphysical therapy\u201d"));
        String unfiltered = find("#results-title").getText();
        int before = findAll(".result").size();
        assertThat(before).isGreaterThan(1);

        // tick "Overturned" in the Outcome filter: the results narrow to overturned decisions
        WebElement overturned = browser().findElement(By.xpath(
                "//fieldset[legend='Outcome']//label[starts-with(normalize-space(.), 'Overturned')]"));
        String label = overturned.getText();
        overturned.click();
        waiting().until(ExpectedConditions.urlContains("outcome=OVERTURNED"));
        waiting().until(d -> !find("#results-title").getText().equals(unfiltered));

        List<WebElement> results = findAll(".result");
        assertThat(results).isNotEmpty();
        assertThat(results).allSatisfy(r -> assertThat(r.findElement(By.cssSelector(".outcome")).getText())
                .isEqualTo("Overturned"));
        // the count beside the value said how many results it gives
        assertThat(label).contains("(" + results.size() + ")");
        assertThat(find(".active-filters").getText()).contains("Remove filter Outcome: Overturned");
        assertThat(find("#search-status").getAttribute("textContent")).contains("and your filters");
        screenshot("search");
        assertAccessible();

        // open the first letter from its request
        WebElement first = results.get(0).findElement(By.cssSelector("h3 a"));
        String request = first.getText();
        clickThrough(first);
        waiting().until(ExpectedConditions.urlMatches("/decisions/[^?]+#item-\\d+$"));
        assertThat(find("h1").getText()).startsWith("Final Determination Letter: ");
        assertThat(find("main").getText()).contains(request).contains("Overturned");
    }

    @Test
    void aLetterInStructuredSections() {
        open("/decisions/CM17-9000010");

        assertThat(find("h1").getText()).isEqualTo("Final Determination Letter: Case CM17-9000010");
        assertThat(findAll("main h2")).extracting(WebElement::getText).contains("Case and dates",
                "The expert reviewer", "Clinical case summary", "Decisions and rationales", "About this record");
        List<WebElement> items = findAll("article.item");
        assertThat(items).hasSizeGreaterThan(1);
        assertThat(find(".lead").getText()).startsWith(items.size() + " disputed items: ");
        WebElement item = items.get(0);
        assertThat(item.findElement(By.cssSelector(".outcome")).getText()).isIn("Upheld", "Overturned");
        assertThat(item.getText()).contains("Guideline cited by the claims administrator")
                .contains("Guideline cited by the expert reviewer").contains("Rationale");
        assertThat(find("dl.facts").getText()).contains("Decision").contains("Date of injury");
        screenshot("letter");
        assertAccessible();

        // the table of contents leads to an item
        find(".toc li:nth-child(2) a").click();
        waiting().until(ExpectedConditions.urlContains("#item-2"));
    }

    @Test
    void analyticsChartsWithTheirTables() {
        open("/analytics");

        assertThat(find("h1").getText()).isEqualTo("How decisions turn out");
        List<WebElement> charts = findAll("figure.chart svg[role=img]");
        assertThat(charts).hasSize(4);
        assertThat(charts.get(0).findElement(By.tagName("title")).getAttribute("textContent"))
                .isEqualTo("Share of disputed items overturned, by request category");
        assertThat(charts.get(0).findElement(By.tagName("desc")).getAttribute("textContent")).contains("ranges from");
        assertThat(findAll("#table-category tbody tr")).hasSizeGreaterThan(3);
        assertThat(find("main").getText()).contains("Reviewer assigned to decision").contains("Median");
        // every word of every chart is drawn inside its chart, and each label beside the axis, not across it
        assertThat(textsDrawnOutside()).isEmpty();
        // a label too long for its two lines ends in "…"; the bar's title and the table give it whole
        List<WebElement> bars = findAll("#chart-guideline g.bar-row");
        List<WebElement> rows = findAll("#table-guideline tbody th");
        assertThat(bars).hasSameSizeAs(rows);
        for (int i = 0; i < bars.size(); i++) {
            String full = rows.get(i).getText();
            String drawn = bars.get(i).findElement(By.cssSelector("text.label")).getAttribute("textContent");
            assertThat(bars.get(i).findElement(By.tagName("title")).getAttribute("textContent")).startsWith(full + ": ");
            assertThat(full.replace(" ", "")).startsWith(drawn.replace(" ", "").replace("\u2026", ""));
        }
        screenshot("analytics");
        assertAccessible();
    }

    /** The texts of the charts that reach outside their drawing, or labels that reach across the axis. */
    private List<String> textsDrawnOutside() {
        @SuppressWarnings("unchecked")
        List<String> outside = (List<String>) ((JavascriptExecutor) browser()).executeScript("""
                const axis = arguments[0];
                return Array.from(document.querySelectorAll('figure.chart svg')).flatMap(svg => {
                  const view = svg.viewBox.baseVal;
                  return Array.from(svg.querySelectorAll('text')).filter(text => {
                    const box = text.getBBox();
                    const right = text.classList.contains('label') ? axis : view.x + view.width;
                    return box.x < view.x || box.x + box.width > right
                        || box.y < view.y || box.y + box.height > view.y + view.height;
                  }).map(text => svg.id + ': ' + text.textContent);
                });""", BarChart.LABEL_WIDTH);
        return outside;
    }

    @Test
    void openDataDescribesTheDownloads() {
        open("/data");

        assertThat(find("h1").getText()).isEqualTo("Open data");
        assertThat(find("a[href='/data/decisions.csv']").getText()).isEqualTo("decisions.csv");
        assertThat(find("a[href='/data/decisions.jsonl']").getText()).isEqualTo("decisions.jsonl");
        assertThat(findAll("main table tbody tr")).hasSize(OpenDataExport.COLUMNS.size());
        assertThat(find("#problem-invalid-parameter").getText()).contains("400");
        screenshot("data");
        assertAccessible();
    }

    @Test
    void mistakesGetPlainPages() {
        open("/decisions?page=zero");
        assertThat(find(".error").getText()).contains("'page' must be a whole number from 1 to 10000, not 'zero'");
        assertAccessible();

        open("/decisions/CM99-0000000");
        assertThat(find("h1").getText()).isEqualTo("Letter not found");
        assertAccessible();
    }
}

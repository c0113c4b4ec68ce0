package org.openimr.cases.issue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.openimr.cases.issue.QualityFinding.Code;
import org.openimr.determination.CitedEditions;
import org.openimr.determination.CitedEditions.EditionCheck;
import org.openimr.letters.DocumentReviewed;
import org.openimr.letters.FinalDeterminationLetter;
import org.openimr.letters.ItemDetermination;
import org.openimr.shared.CitationBasis;
import org.openimr.shared.Outcome;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The check of a Final Determination Letter before it is issued: every disputed item decided, in the case's order;
 * every item citing a guideline or saying why none applies; each cited MTUS edition in force on the request date;
 * each rationale naming its request and concluding as the outcome does; the documents reviewed listed; no
 * placeholder text anywhere. The words it looks for are data ({@code cases/letter-quality.yaml}).
 *
 * <p>Plain Java; immutable and thread-safe.
 */
public final class QualityCheck {

    static final String WORDS = "/cases/letter-quality.yaml";

    /** "is medically necessary", "are not medically necessary": the conclusion of a rationale. */
    private static final Pattern CONCLUSION = Pattern.compile(
            "\\b(?:is|are)\\s+(not\\s+)?medically\\s+(?:necessary|appropriate)\\b", Pattern.CASE_INSENSITIVE);

    private final CitedEditions editions;
    private final List<Pattern> placeholders;
    private final List<String> noGuidelineReasons;

    public QualityCheck(CitedEditions editions, List<Pattern> placeholders, List<String> noGuidelineReasons) {
        this.editions = Objects.requireNonNull(editions, "editions");
        this.placeholders = List.copyOf(placeholders);
        this.noGuidelineReasons = noGuidelineReasons.stream().map(QualityCheck::plain).toList();
    }

    /** The check with the MTUS data and the words shipped with OpenIMR. */
    public static QualityCheck standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final QualityCheck INSTANCE = load();
    }

    @SuppressWarnings("unchecked")
    private static QualityCheck load() {
        try (InputStream in = QualityCheck.class.getResourceAsStream(WORDS)) {
            if (in == null) {
                throw new IllegalStateException(WORDS + " is missing from the classpath");
            }
            Map<String, List<String>> words = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return new QualityCheck(CitedEditions.standard(), words.get("placeholders").stream()
                    .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList(),
                    words.get("noGuidelineReasons"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + WORDS, e);
        }
    }

    /** Every finding on the letter of the case. */
    public QualityReport check(FinalDeterminationLetter letter, LetterCase c) {
        List<QualityFinding> findings = new ArrayList<>();
        if (!c.caseNumber().equals(letter.caseNumber())) {
            findings.add(new QualityFinding(Code.CASE_NUMBER_MISMATCH, 0, "The letter carries case number "
                    + letter.caseNumber() + ", not " + c.caseNumber() + "."));
        }
        if (letter.clinicalCaseSummary().isBlank()) {
            findings.add(new QualityFinding(Code.CLINICAL_SUMMARY_MISSING, 0, "The clinical case summary is empty."));
        }
        documents(letter.documentsReviewed(), findings);
        List<ItemDetermination> items = letter.items();
        List<String> disputed = c.disputedRequests();
        for (int i = 0; i < Math.max(items.size(), disputed.size()); i++) {
            int n = i + 1;
            if (i >= items.size()) {
                findings.add(new QualityFinding(Code.ITEM_NOT_DECIDED, n, "The disputed treatment \""
                        + disputed.get(i) + "\" has no decision in the letter."));
            } else if (i >= disputed.size()) {
                findings.add(new QualityFinding(Code.ITEM_NOT_DISPUTED, n, "The letter decides \""
                        + items.get(i).request().text() + "\", which is not a treatment under review in the case."));
            } else {
                item(n, items.get(i), disputed.get(i), c, findings);
            }
        }
        placeholders(letter, findings);
        return new QualityReport(findings);
    }

    private void documents(List<DocumentReviewed> documents, List<QualityFinding> findings) {
        if (documents.isEmpty()) {
            findings.add(new QualityFinding(Code.NO_DOCUMENTS_REVIEWED, 0, "No document reviewed is listed."));
        }
        for (DocumentReviewed d : documents) {
            if (d.author() == null || d.date() == null) {
                findings.add(new QualityFinding(Code.DOCUMENT_WITHOUT_AUTHOR_OR_DATE, 0, "The document \""
                        + d.description() + "\" is listed without its " + (d.author() == null && d.date() == null
                                ? "author and date" : d.author() == null ? "author" : "date") + "."));
            }
        }
    }

    private void item(int n, ItemDetermination item, String disputed, LetterCase c, List<QualityFinding> findings) {
        String request = item.request().text();
        String original = item.request().modification().map(m -> m.originalRequest()).orElse(request);
        if (!mentions(disputed, request) && !mentions(disputed, original) && !mentions(request, disputed)) {
            findings.add(new QualityFinding(Code.REQUEST_NOT_MATCHING, n, "The letter decides \"" + request
                    + "\" where the case disputes \"" + disputed + "\"."));
        }
        String rationale = item.rationale();
        boolean reasonGiven = noGuidelineReasons.stream().anyMatch(plain(rationale)::contains);
        CitationBasis basis = item.reviewerGuideline().basis();
        if (basis == CitationBasis.NONE && !reasonGiven) {
            findings.add(new QualityFinding(Code.NO_GUIDELINE_AND_NO_REASON, n, "The expert reviewer cites no "
                    + "guideline and the rationale does not say why none applies."));
        } else if (basis == CitationBasis.NON_MTUS && !reasonGiven) {
            findings.add(new QualityFinding(Code.OUTSIDE_MTUS_WITHOUT_REASON, n, "The expert reviewer cites only "
                    + "sources outside the MTUS and the rationale does not say why the MTUS does not apply."));
        }
        EditionCheck edition = editions.check(item.reviewerGuideline(), c.requestDate());
        switch (edition.standing()) {
            case NOT_IN_FORCE -> findings.add(new QualityFinding(Code.EDITION_NOT_IN_FORCE, n, "The cited "
                    + "guideline was not in force on the request date: " + edition.explanation() + "."));
            case UNKNOWN -> findings.add(new QualityFinding(Code.EDITION_NOT_CHECKED, n, "The cited edition could "
                    + "not be checked: " + edition.explanation() + "."));
            default -> {
            }
        }
        if (rationale.isBlank()) {
            findings.add(new QualityFinding(Code.RATIONALE_MISSING, n, "The rationale is empty."));
            return;
        }
        if (!mentions(rationale, request)) {
            findings.add(new QualityFinding(Code.RATIONALE_DOES_NOT_NAME_REQUEST, n, "The rationale does not name "
                    + "the request \"" + request + "\"."));
        }
        conclusion(n, item.outcome(), rationale, findings);
    }

    /** The last "is (not) medically necessary" of the rationale must agree with the outcome. */
    private static void conclusion(int n, Outcome outcome, String rationale, List<QualityFinding> findings) {
        Matcher m = CONCLUSION.matcher(rationale);
        String last = null;
        boolean negated = false;
        while (m.find()) {
            last = m.group();
            negated = m.group(1) != null;
        }
        if (last == null) {
            findings.add(new QualityFinding(Code.RATIONALE_WITHOUT_CONCLUSION, n, "The rationale does not conclude "
                    + "whether the request is medically necessary."));
        } else if (negated != (outcome == Outcome.UPHELD)) {
            findings.add(new QualityFinding(Code.RATIONALE_CONTRADICTS_OUTCOME, n, "The outcome is "
                    + outcome.label() + " but the rationale concludes that the request " + last.strip() + "."));
        }
    }

    private void placeholders(FinalDeterminationLetter letter, List<QualityFinding> findings) {
        List<String> texts = new ArrayList<>();
        texts.add(letter.clinicalCaseSummary());
        texts.add(letter.reviewer().qualifications());
        letter.documentsReviewed().forEach(d -> {
            texts.add(d.description());
            texts.add(d.author());
        });
        for (ItemDetermination item : letter.items()) {
            texts.add(item.request().text());
            texts.add(item.rationale());
            Stream.of(item.claimsAdministratorGuideline(), item.reviewerGuideline()).filter(Objects::nonNull)
                    .forEach(g -> texts.add(g.text()));
        }
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (Pattern p : placeholders) {
                Matcher m = p.matcher(text);
                if (m.find()) {
                    findings.add(new QualityFinding(Code.PLACEHOLDER_TEXT, 0, "Placeholder text \"" + m.group()
                            + "\" in: \"" + excerpt(text, m.start()) + "\"."));
                }
            }
        }
    }

    private static String excerpt(String text, int at) {
        int from = Math.max(0, at - 30);
        int to = Math.min(text.length(), at + 40);
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }

    /** Whether {@code text} contains {@code phrase}, ignoring case, spacing and punctuation. */
    private static boolean mentions(String text, String phrase) {
        String p = plain(phrase);
        return !p.isBlank() && (" " + plain(text) + " ").contains(" " + p + " ");
    }

    private static String plain(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}%]+", " ").strip();
    }
}

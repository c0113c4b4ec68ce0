package org.openimr.letters;

import java.util.List;

import org.openimr.letters.LetterContent.Field;
import org.openimr.letters.CitationSentence.Citer;

/**
 * The letter as one well-formed XHTML document, used both as the HTML a browser shows and as the input of the PDF
 * renderer. Semantic and accessible: {@code lang="en"}, a title, one h1, an h2 per section and an h3 per disputed
 * item, definition lists for labelled values, an ordered list for the documents, {@code <time>} for dates.
 * Headings, labels and wording are those of {@link LetterWording}; every value is escaped.
 */
final class LetterHtml {

    /** Sized for US Letter paper; the same rules serve the screen. Only fonts the PDF embeds are named. */
    private static final String STYLE = """
            @page { size: letter; margin: 0.8in 0.9in 0.8in 0.9in; }
            html { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; line-height: 1.4; color: #111; }
            body { margin: 0; }
            main, header { display: block; max-width: 46em; }
            h1 { font-size: 15pt; margin: 0; }
            .subtitle { margin: 2pt 0 12pt 0; }
            h2 { font-size: 10.5pt; text-align: center; margin: 16pt 0 6pt 0; page-break-after: avoid; }
            h3 { font-size: 10pt; font-weight: normal; margin: 14pt 0 8pt 0;
                 page-break-after: avoid; page-break-inside: avoid; }
            h3 strong, dt, .label { font-weight: bold; }
            p { margin: 0 0 12pt 0; orphans: 2; widows: 2; }
            dl { margin: 0 0 12pt 0; }
            dl.fields > div { display: inline-block; width: 50%; vertical-align: top; margin: 0 0 3pt 0; }
            dl.fields > div.wide { width: 100%; }
            dl.fields dt { display: inline-block; width: 14em; vertical-align: top; }
            dl.fields dd { display: inline-block; margin: 0; vertical-align: top; }
            dl.credentials > div { margin: 0 0 3pt 0; }
            dl.credentials dt, dl.credentials dd { display: inline; margin: 0; }
            ol.documents { margin: 0 0 9pt 0; padding: 0; list-style: none; }
            ol.documents li { margin: 0 0 3pt 2.2em; text-indent: -2.2em; }
            ol.documents .number { display: inline-block; width: 2.2em; text-indent: 0; }
            """;

    private final StringBuilder out = new StringBuilder(16 * 1024);

    private LetterHtml() {
    }

    static String render(FinalDeterminationLetter letter, LetterParties parties) {
        return new LetterHtml().document(letter, parties).out.toString();
    }

    private LetterHtml document(FinalDeterminationLetter letter, LetterParties parties) {
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n<head>\n")
                .append("<meta charset=\"UTF-8\" />\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
        element("title", LetterContent.title(letter));
        out.append('\n');
        out.append("<meta name=\"subject\" content=\"").append(escape(LetterWording.SUBTITLE)).append("\" />\n");
        out.append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<header>\n");
        element("h1", LetterWording.TITLE);
        out.append("\n<p class=\"subtitle\">").append(escape(LetterWording.SUBTITLE)).append("</p>\n");
        header(letter);
        out.append("</header>\n<main>\n");
        if (parties != null) {
            parties(parties);
        }
        how(letter.reviewer());
        documents(letter.documentsReviewed());
        summary(letter.clinicalCaseSummary());
        issues(letter.items());
        out.append("</main>\n</body>\n</html>\n");
        return this;
    }

    private void header(FinalDeterminationLetter letter) {
        out.append("<dl class=\"fields\">");
        for (List<Field> row : LetterContent.headerRows(letter)) {
            for (Field f : row) {
                field(f, row.size() == 1 ? "wide" : null);
            }
        }
        out.append("</dl>\n");
    }

    private void parties(LetterParties parties) {
        out.append("<section aria-labelledby=\"parties\">\n<h2 id=\"parties\">")
                .append(escape(LetterWording.PARTIES_HEADING)).append("</h2>\n<dl class=\"fields\">");
        for (Field f : LetterContent.partiesFields(parties)) {
            field(f, "wide");
        }
        out.append("</dl>\n</section>\n");
    }

    private void field(Field f, String cssClass) {
        out.append(cssClass == null ? "<div>" : "<div class=\"" + cssClass + "\">");
        element("dt", f.label());
        out.append(' ').append("<dd>");
        if (f.iso() != null) {
            out.append("<time datetime=\"").append(f.iso()).append("\">").append(escape(f.value())).append("</time>");
        } else {
            String[] lines = f.value().split("\n");
            for (int i = 0; i < lines.length; i++) {
                out.append(i == 0 ? "" : "<br />").append(escape(lines[i]));
            }
        }
        out.append("</dd></div>");
    }

    private void how(ReviewerCredentials reviewer) {
        sectionStart("how", LetterWording.HOW_HEADING);
        paragraphs(reviewer.qualifications());
        element("p", LetterWording.CREDENTIALS_INTRO);
        out.append("\n<dl class=\"credentials\"><div>");
        element("dt", LetterWording.LICENSURE_LABEL);
        out.append(' ');
        element("dd", String.join(", ", reviewer.licensureStates()));
        out.append("</div><div>");
        element("dt", LetterWording.CERTIFICATION_LABEL);
        out.append(' ');
        element("dd", String.join(", ", reviewer.certifications()));
        out.append("</div></dl>\n</section>\n");
    }

    private void documents(List<DocumentReviewed> documents) {
        if (documents.isEmpty()) {
            return;
        }
        sectionStart("documents", LetterWording.DOCUMENTS_HEADING);
        out.append("<ol class=\"documents\">\n");
        int n = 0;
        for (DocumentReviewed d : documents) {
            // the number is text, not a CSS marker: openhtmltopdf draws markers apart from their items (all of a
            // page's markers first), so text extraction would lose which number goes with which document
            out.append("<li><span class=\"number\">").append(++n).append(".</span> ")
                    .append(escape(LetterContent.documentWithoutDate(d)));
            if (d.date() != null) {
                out.append(LetterContent.DOCUMENT_SEPARATOR).append("<time datetime=\"").append(d.date()).append("\">")
                        .append(LetterContent.date(d.date())).append("</time>");
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n</section>\n");
    }

    private void summary(String summary) {
        sectionStart("summary", LetterWording.SUMMARY_HEADING);
        element("p", LetterWording.SUMMARY_INTRO);
        out.append('\n');
        paragraphs(summary);
        out.append("</section>\n");
    }

    private void issues(List<ItemDetermination> items) {
        sectionStart("issues", LetterWording.ISSUES_HEADING);
        element("p", LetterWording.ISSUES_INTRO);
        out.append('\n');
        int n = 0;
        for (ItemDetermination item : items) {
            n++;
            out.append("<section class=\"item\" aria-labelledby=\"item-").append(n).append("\">\n<h3 id=\"item-")
                    .append(n).append("\">").append(escape(LetterContent.requestHeader(item.request())))
                    .append(": <strong>").append(item.outcome().label()).append("</strong></h3>\n");
            if (item.claimsAdministratorGuideline() != null) {
                labelled(LetterWording.CLAIMS_ADMINISTRATOR_LABEL,
                        CitationSentence.of(item.claimsAdministratorGuideline(), Citer.CLAIMS_ADMINISTRATOR));
            }
            labelled(LetterWording.EXPERT_REVIEWER_LABEL,
                    CitationSentence.of(item.reviewerGuideline(), Citer.EXPERT_REVIEWER));
            List<String> rationale = LetterContent.paragraphs(item.rationale());
            labelled(LetterWording.RATIONALE_LABEL, rationale.isEmpty() ? "" : rationale.get(0));
            for (String p : rationale.subList(Math.min(1, rationale.size()), rationale.size())) {
                element("p", p);
                out.append('\n');
            }
            out.append("</section>\n");
        }
        out.append("</section>\n");
    }

    private void labelled(String label, String text) {
        out.append("<p><span class=\"label\">").append(escape(label)).append("</span> ").append(escape(text))
                .append("</p>\n");
    }

    private void sectionStart(String id, String heading) {
        out.append("<section aria-labelledby=\"").append(id).append("\">\n<h2 id=\"").append(id).append("\">")
                .append(escape(heading)).append("</h2>\n");
    }

    private void paragraphs(String text) {
        for (String p : LetterContent.paragraphs(text)) {
            element("p", p);
            out.append('\n');
        }
    }

    private void element(String name, String text) {
        out.append('<').append(name).append('>').append(escape(text)).append("</").append(name).append('>');
    }

    /** Escapes text for XHTML content and attribute values; drops characters XML 1.0 does not allow. */
    static String escape(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0xFFFE || c == 0xFFFF ? "" : null;
            };
            if (r != null && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                sb.append(r != null ? r : String.valueOf(c));
            }
        }
        return sb == null ? s : sb.toString();
    }
}

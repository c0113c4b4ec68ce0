package org.openimr.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.openimr.shared.Priority;

/**
 * Prints notices for the parties, in plain language: as plain text (for a letter or an e-mail) or as a standalone,
 * accessible HTML page. Both come from the same document outline, so they always say the same thing.
 */
public final class NoticeRenderer {

    private NoticeRenderer() {
    }

    public static String text(Notice notice) {
        StringBuilder out = new StringBuilder();
        for (Block block : outline(notice)) {
            if (block instanceof Title t) {
                out.append(t.text().toUpperCase(java.util.Locale.ROOT)).append("\n\n");
            } else if (block instanceof Heading h) {
                out.append(h.text()).append('\n').append("-".repeat(h.text().length())).append('\n');
            } else if (block instanceof Paragraph p) {
                out.append(wrap(p.text(), 100, "")).append("\n\n");
            } else if (block instanceof Fields f) {
                int width = f.fields().stream().mapToInt(x -> x.label().length()).max().orElse(0) + 2;
                for (Field field : f.fields()) {
                    String label = field.label() + ":";
                    out.append(label).append(" ".repeat(width - label.length() + 1))
                            .append(field.value().replace("\n", "\n" + " ".repeat(width + 1))).append('\n');
                }
                out.append('\n');
            } else if (block instanceof Items list) {
                for (int i = 0; i < list.items().size(); i++) {
                    String marker = list.numbered() ? (i + 1) + ". " : "- ";
                    out.append(wrap(marker + list.items().get(i), 100, " ".repeat(marker.length()))).append('\n');
                }
                out.append('\n');
            }
        }
        return out.toString().stripTrailing() + "\n";
    }

    public static String html(Notice notice) {
        List<Block> blocks = outline(notice);
        String title = blocks.stream().filter(Title.class::isInstance).map(b -> ((Title) b).text()).findFirst()
                .orElse("Notice");
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append(" – ").append(escape(notice.caseNumber().value()))
                .append("</title>\n</head>\n<body>\n<main>\n");
        for (Block block : blocks) {
            if (block instanceof Title t) {
                out.append("<h1>").append(escape(t.text())).append("</h1>\n");
            } else if (block instanceof Heading h) {
                out.append("<h2>").append(escape(h.text())).append("</h2>\n");
            } else if (block instanceof Paragraph p) {
                out.append("<p>").append(escape(p.text())).append("</p>\n");
            } else if (block instanceof Fields f) {
                out.append("<dl>\n");
                for (Field field : f.fields()) {
                    out.append("<dt>").append(escape(field.label())).append("</dt><dd>")
                            .append(escape(field.value()).replace("\n", "<br>")).append("</dd>\n");
                }
                out.append("</dl>\n");
            } else if (block instanceof Items list) {
                String tag = list.numbered() ? "ol" : "ul";
                out.append('<').append(tag).append(">\n");
                for (String item : list.items()) {
                    out.append("<li>").append(escape(item)).append("</li>\n");
                }
                out.append("</").append(tag).append(">\n");
            }
        }
        return out.append("</main>\n</body>\n</html>\n").toString();
    }

    // --- the outline every notice is printed from ---

    sealed interface Block permits Title, Heading, Paragraph, Fields, Items {
    }

    record Title(String text) implements Block {
    }

    record Heading(String text) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    record Field(String label, String value) {
    }

    record Fields(List<Field> fields) implements Block {
    }

    record Items(boolean numbered, List<String> items) implements Block {
    }

    static List<Block> outline(Notice notice) {
        if (notice instanceof Notice.RequestForInformation rfi) {
            return requestForInformation(rfi);
        }
        if (notice instanceof Notice.IneligibilityNotice inel) {
            return ineligibility(inel);
        }
        return noarfi((Notice.Noarfi) notice);
    }

    private static List<Block> requestForInformation(Notice.RequestForInformation n) {
        List<Block> blocks = new ArrayList<>(letterhead(n.imro(), "Request for Information"));
        blocks.add(new Fields(List.of(
                new Field("Case number", n.caseNumber().value()),
                new Field("Date of this notice", Dates.words(n.sentOn())),
                new Field("Employee", n.applicantName()),
                new Field("Application received", Dates.words(n.applicationReceived())),
                new Field("Reply by", Dates.words(n.replyDue())))));
        blocks.add(new Paragraph("We received an application for Independent Medical Review for "
                + n.applicantName() + " on " + Dates.words(n.applicationReceived()) + ". Before we can decide "
                + "whether it can go ahead, we need the information below."));
        blocks.add(new Heading("What we need"));
        blocks.add(new Items(true, n.asked()));
        blocks.add(new Heading("When we need it"));
        blocks.add(new Paragraph("Please send it so that it reaches us by " + Dates.words(n.replyDue())
                + ". Write the case number " + n.caseNumber().value() + " on everything you send."));
        blocks.add(new Paragraph("The reply is due " + n.replyRule() + "."));
        blocks.add(new Paragraph("If we do not receive it by then, we will decide on the information we have, and "
                + "the application may be found not eligible."));
        return blocks;
    }

    private static List<Block> ineligibility(Notice.IneligibilityNotice n) {
        List<Block> blocks = new ArrayList<>(letterhead(n.imro(), "Notice of Ineligibility"));
        blocks.add(new Fields(List.of(
                new Field("Case number", n.caseNumber().value()),
                new Field("Date of this notice", Dates.words(n.sentOn())),
                new Field("Employee", n.applicantName()),
                new Field("Application received", Dates.words(n.applicationReceived())))));
        blocks.add(new Paragraph("Your application for Independent Medical Review cannot go ahead. No doctor will "
                + "review the disputed treatment on this application."));
        blocks.add(new Heading(n.findings().size() == 1 ? "The reason" : "The reasons"));
        blocks.add(new Items(true, n.findings().stream()
                .map(f -> f.reason().plainLanguage() + (f.facts().isEmpty() ? "" : " " + f.facts())).toList()));
        blocks.add(new Heading("What you can do"));
        blocks.add(new Paragraph("If you think this decision is wrong, contact us at the address above and give the "
                + "case number " + n.caseNumber().value() + ". You can also ask your attorney, or an Information and "
                + "Assistance officer of the Division of Workers' Compensation, for help."));
        return blocks;
    }

    private static List<Block> noarfi(Notice.Noarfi n) {
        Application a = n.application();
        List<Block> blocks = new ArrayList<>(letterhead(n.imro(), "Notice of Assignment and Request for Information"));
        blocks.add(new Fields(List.of(
                new Field("Case number", n.caseNumber().value()),
                new Field("Date of this notice", Dates.words(n.sentOn()) + " (sent " + n.method().words() + ")"),
                new Field("Type of review", n.priority() == Priority.EXPEDITED ? "Expedited" : "Standard"),
                new Field("Employee", a.employee().name().fullName()),
                new Field("Claim number", a.claimNumber().value()),
                new Field("Date of injury", Dates.words(a.dateOfInjury())),
                new Field("Employer", a.employer().name()),
                new Field("Claims administrator", a.claimsAdministrator().company()
                        + a.claimsAdministrator().adjuster().map(x -> ", attention " + x).orElse("")),
                new Field("Requesting physician", a.requestingPhysician().describe()),
                new Field("Utilization review decision", Dates.words(a.urDecision().date())),
                new Field("Application received", Dates.words(a.receivedOn())),
                new Field("Records due", Dates.words(n.recordsDue())))));
        blocks.add(new Paragraph("The application for Independent Medical Review is eligible. It has been assigned to "
                + n.imro().name() + " for " + (n.priority() == Priority.EXPEDITED ? "an expedited" : "a standard")
                + " review. A doctor who has no connection with any of the parties will decide whether the "
                + "treatment below is medically necessary."));
        blocks.add(new Heading("The disputed treatment"));
        blocks.add(new Items(true, n.items().stream().map(NoticeRenderer::item).toList()));
        if (!n.excluded().isEmpty()) {
            blocks.add(new Paragraph("These treatments on the application will not be reviewed:"));
            blocks.add(new Items(false, n.excluded().stream().map(x -> x.item().request() + ": "
                    + x.findings().stream().map(f -> f.reason().plainLanguage()).collect(Collectors.joining(" ")))
                    .toList()));
        }
        blocks.add(new Heading("What the claims administrator must send, by " + Dates.words(n.recordsDue())));
        blocks.add(new Items(true, n.records().stream().map(r -> r.description() + " (" + r.rule() + ")").toList()));
        blocks.add(new Paragraph("The records are due on " + Dates.words(n.recordsDue()) + ": " + n.recordsDueRule()
                + "."));
        blocks.add(new Heading("The employee and the requesting physician"));
        blocks.add(new Paragraph("You may also send us any documents you want the reviewer to read. Write the case "
                + "number " + n.caseNumber().value() + " on everything you send. If records do not arrive, the "
                + "reviewer decides on the documents we have; a decision is never based only on the utilization "
                + "review decision."));
        blocks.add(new Paragraph("Sent to: the employee, the employer, the claims administrator and the requesting "
                + "physician."));
        return blocks;
    }

    private static String item(DisputedItem item) {
        return item.request() + item.diagnosis().map(d -> " (diagnosis: " + d.describe() + ")").orElse("");
    }

    private static List<Block> letterhead(Imro imro, String title) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Title(title));
        blocks.add(new Paragraph(imro.name() + (imro.address().isEmpty() ? "" : ", " + String.join(", ",
                imro.address()))));
        return blocks;
    }

    private static String wrap(String text, int width, String indent) {
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (String word : text.split(" ")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > width) {
                out.append('\n').append(indent);
                lineLength = indent.length();
            } else if (lineLength > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
        }
        return out.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

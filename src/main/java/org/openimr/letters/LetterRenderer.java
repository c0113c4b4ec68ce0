package org.openimr.letters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.util.XRLog;

/**
 * Renders a Final Determination Letter in the current layout (the header block of the 2016-17 letters, then HOW THE
 * IMR FINAL DETERMINATION WAS MADE with the credentials block, DOCUMENTS REVIEWED, CLINICAL CASE SUMMARY and IMR
 * ISSUES, DECISIONS AND RATIONALES) as XHTML, as a tagged PDF, or as plain text.
 *
 * <p>A {@link FinalDeterminationLetter} carries no party (the public model) and renders as it is, free text
 * included. An {@link AddressedLetter} renders with its parties block, for the parties only; what is published is
 * its {@link AddressedLetter#publicVersion()}, whose free text is redacted. The letter's {@code layout} is not
 * consulted: every letter renders in the current layout. Guideline lines are written from the citations' typed
 * fields by {@link CitationSentence}; free text keeps its paragraphs (blank lines) and loses other line breaks.
 *
 * <p>Plain Java, no Spring; stateless and thread-safe. The bundled DejaVu Sans fonts are read once and embedded
 * (subset) in every PDF.
 */
public final class LetterRenderer {

    private static final String FONT_FAMILY = "DejaVu Sans";
    private static final byte[] SANS = font("DejaVuSans.ttf");
    private static final byte[] SANS_BOLD = font("DejaVuSans-Bold.ttf");
    static {
        // openhtmltopdf logs every step of every document at INFO; only its warnings and errors are worth a line
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
    }

    /** Font metrics are the same for every letter; openhtmltopdf may keep them between documents. */
    private static final FSDefaultCacheStore FONT_METRICS = new FSDefaultCacheStore();

    /** The published letter as XHTML (UTF-8, {@code lang="en"}). */
    public String html(FinalDeterminationLetter letter) {
        return LetterHtml.render(letter, null);
    }

    /** The letter to the parties as XHTML, with the parties block. */
    public String html(AddressedLetter letter) {
        return LetterHtml.render(letter.letter(), letter.parties());
    }

    /** The published letter as PDF (PDF/UA tagged, title in the metadata, fonts embedded). */
    public byte[] pdf(FinalDeterminationLetter letter) {
        return pdf(html(letter));
    }

    /** The letter to the parties as PDF, with the parties block. */
    public byte[] pdf(AddressedLetter letter) {
        return pdf(html(letter));
    }

    /** The published letter as plain text, laid out as {@code pdftotext -layout} prints a letter. */
    public String text(FinalDeterminationLetter letter) {
        return LetterPlainText.render(letter, null);
    }

    /** The letter to the parties as plain text, with the parties block. */
    public String text(AddressedLetter letter) {
        return LetterPlainText.render(letter.letter(), letter.parties());
    }

    /** Any XHTML of {@link #html} to PDF. */
    byte[] pdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        ParsedFonts fonts = ParsedFonts.borrow();
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.withProducer("OpenIMR");
            builder.usePDDocument(document);
            builder.useCacheStore(CacheStore.PDF_FONT_METRICS, FONT_METRICS);
            PDFont regular = PDType0Font.load(document, fonts.regular, true);
            PDFont bold = PDType0Font.load(document, fonts.bold, true);
            builder.useFont(new PDFontSupplier(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(new PDFontSupplier(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            // a letter has no italics; should a style ask for them, the upright face serves rather than a PDF base font
            builder.useFont(new PDFontSupplier(regular), FONT_FAMILY, 400, FontStyle.ITALIC, true);
            builder.useFont(new PDFontSupplier(bold), FONT_FAMILY, 700, FontStyle.ITALIC, true);
            // lines break at spaces only (not inside "10/325mg" or "02-14-2013"), so joining the lines of the
            // extracted text with single spaces gives every value back as written
            builder.useUnicodeLineBreaker(new SpaceLineBreaker());
            // a letter loads nothing from outside: no images, style sheets or fonts by URL
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the letter as PDF", e);
        } finally {
            fonts.giveBack();
        }
        return out.toByteArray();
    }

    /**
     * The two fonts, parsed, for one rendering at a time. Parsing a TTF and building its character map took about a
     * fifth of the time of a letter, so parsed fonts are kept in a pool and reused, one rendering at a time (a parsed
     * font is not safe for concurrent use); the pool grows to the number of letters rendered at once.
     *
     * <p>Glyph substitution is off: PDFBox would otherwise set "fi" and "ffi" as ligature glyphs, whose text extracts
     * as U+FB01/U+FB03, so that "file" could no longer be found or parsed.
     */
    private static final class ParsedFonts {
        private static final Queue<ParsedFonts> POOL = new ConcurrentLinkedQueue<>();

        final TrueTypeFont regular;
        final TrueTypeFont bold;

        private ParsedFonts() {
            regular = parse(SANS);
            bold = parse(SANS_BOLD);
        }

        static ParsedFonts borrow() {
            ParsedFonts fonts = POOL.poll();
            return fonts != null ? fonts : new ParsedFonts();
        }

        void giveBack() {
            POOL.offer(this);
        }

        private static TrueTypeFont parse(byte[] ttf) {
            try {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
                font.setEnableGsub(false);
                return font;
            } catch (IOException e) {
                throw new UncheckedIOException("could not read a bundled font", e);
            }
        }
    }

    private static byte[] font(String file) {
        String path = "/letters/fonts/" + file;
        try (InputStream in = LetterRenderer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the font " + path, e);
        }
    }
}

package org.openimr.letters.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Path;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.openimr.letters.LetterParseException;

/**
 * The text of a PDF, extracted with PDFBox within limits: the file is read through a buffered random-access file
 * (never loaded whole), decoded streams are kept in main memory up to a cap, the page count and the amount of text
 * are capped, and a structure nested deeply enough to exhaust the stack is reported instead of crashing. Each page
 * starts with a form feed, as in {@code pdftotext} output, so that {@link LetterText} sees page breaks either way.
 */
public final class PdfText {

    /** Limits for one PDF. */
    public record Limits(int maxPages, long maxChars, long maxStreamMemoryBytes) {
    }

    static {
        useBundledFontOnly();
    }

    private PdfText() {
    }

    public static String extract(Path file, Limits limits) throws LetterParseException {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file), "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(limits.maxStreamMemoryBytes()).streamCache)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw new LetterParseException("PDF has no pages");
            }
            if (pages > limits.maxPages()) {
                throw new LetterParseException("PDF has " + pages + " pages, more than the limit of " + limits.maxPages()
                        + " for a letter");
            }
            PDFTextStripper stripper = new CappedTextStripper(limits.maxChars());
            stripper.setLineSeparator("\n");
            stripper.setPageStart("\f");
            stripper.setParagraphStart("\n");
            stripper.setSuppressDuplicateOverlappingText(false);
            BoundedWriter out = new BoundedWriter(limits.maxChars());
            stripper.writeText(document, out);
            return out.toString();
        } catch (InvalidPasswordException e) {
            throw new LetterParseException("encrypted PDF (a password is required to open it)");
        } catch (TooMuchText | TooManyGlyphs e) {
            throw new LetterParseException("PDF holds more than " + limits.maxChars() + " characters of text, too much for a letter");
        } catch (IOException e) {
            throw new LetterParseException("not a readable PDF: " + brief(e));
        } catch (StackOverflowError e) {
            throw new LetterParseException("not a readable PDF: its objects are nested too deeply");
        } catch (RuntimeException e) {
            throw new LetterParseException("not a readable PDF: " + brief(e));
        }
    }

    private static String brief(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 160 ? m.substring(0, 157) + "..." : m;
    }

    private static final class TooMuchText extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private static final class TooManyGlyphs extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyGlyphs() {
            super(null, null, false, false);
        }
    }

    /**
     * Counts glyphs as PDFBox meets them and stops past the limit. PDFBox keeps a page's glyphs until the page ends,
     * so a single page holding millions of them would exhaust memory before any text reached the writer.
     */
    private static final class CappedTextStripper extends PDFTextStripper {
        private final long max;
        private long glyphs;

        CappedTextStripper(long max) {
            this.max = max;
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (++glyphs > max) {
                throw new TooManyGlyphs();
            }
            super.processTextPosition(text);
        }
    }

    /** A writer that keeps what it is given, up to a number of characters. */
    private static final class BoundedWriter extends Writer {
        private final StringBuilder sb = new StringBuilder(16 * 1024);
        private final long max;

        BoundedWriter(long max) {
            this.max = max;
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            if (sb.length() + (long) len > max) {
                throw new TooMuchText();
            }
            sb.append(cbuf, off, len);
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            if (sb.length() + (long) len > max) {
                throw new TooMuchText();
            }
            sb.append(str, off, off + len);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }

    /**
     * Makes PDFBox use its bundled Liberation Sans for every font a PDF does not embed, instead of searching (and on
     * first use, indexing) the fonts installed on the machine. Text extraction takes glyph widths from the PDF, so
     * the text is the same; what changes is that extraction starts at once and gives the same result on every machine.
     * A process-wide PDFBox setting, installed when the first PDF is parsed; it concerns only fonts a loaded PDF does
     * not embed (PDFs this project renders embed theirs).
     */
    public static synchronized void useBundledFontOnly() {
        if (FontMappers.instance() instanceof BundledFontMapper) {
            return;
        }
        FontMappers.set(new BundledFontMapper());
    }

    private static final class BundledFontMapper implements FontMapper {
        private volatile TrueTypeFont font;

        private TrueTypeFont font() {
            TrueTypeFont f = font;
            if (f == null) {
                synchronized (this) {
                    if (font == null) {
                        font = load();
                    }
                    f = font;
                }
            }
            return f;
        }

        private static TrueTypeFont load() {
            String resource = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
            try (InputStream in = FontMapper.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("PDFBox's bundled font is missing: " + resource);
                }
                return new TTFParser().parse(new RandomAccessReadBuffer(in));
            } catch (IOException e) {
                throw new IllegalStateException("could not load PDFBox's bundled font", e);
            }
        }

        @Override
        public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
            return new FontMapping<>(font(), false);
        }

        @Override
        public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
            return new FontMapping<>(font(), false);
        }

        @Override
        public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
            return new CIDFontMapping(null, font(), false);
        }
    }
}

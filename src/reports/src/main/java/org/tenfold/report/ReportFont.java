package org.tenfold.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The one Unicode font every report embeds (as a subset), read once per JVM and safe to share between
 * threads. PDFBox font objects are not thread-safe, so each document borrows a parsed {@link TrueTypeFont}
 * of its own from a small pool ({@link #embed}) and gives it back once saved; parsing the font again for
 * every document would cost about a fifth of the document.
 *
 * <p>Text is measured here from a table of advance widths, and {@link #clean(String)} turns any input
 * into text the font can show, so a report never fails on a tab, a control character or a missing glyph.
 */
public final class ReportFont {

    /** Liberation Sans 2, shipped inside PDFBox: Latin (with Vietnamese), Greek, Cyrillic. */
    static final String LIBERATION_SANS = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private static final int BMP = 0x10000;
    private static final char REPLACEMENT = '?';
    private static final int IDLE_LIMIT = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    private static volatile ReportFont standard;

    private final byte[] bytes;
    /** parsed fonts not in use; at most {@link #IDLE_LIMIT}, the rest are closed when given back */
    private final ConcurrentLinkedDeque<TrueTypeFont> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger idleCount = new AtomicInteger();

    /** advance width per BMP code point in 1/1000 em; negative where the font has no glyph */
    private final float[] advance;

    private ReportFont(byte[] original) throws IOException {
        this.bytes = FontTables.without(original, Set.of("GSUB"));
        this.advance = new float[BMP];
        try (TrueTypeFont ttf = parse()) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            HorizontalMetricsTable metrics = ttf.getHorizontalMetrics();
            float scale = 1000f / ttf.getUnitsPerEm();
            for (int cp = 0; cp < BMP; cp++) {
                int gid = cmap.getGlyphId(cp);
                advance[cp] = gid > 0 ? metrics.getAdvanceWidth(gid) * scale : -1;
            }
        }
    }

    /** The clinic's report font, loaded on first use. */
    public static ReportFont standard() {
        ReportFont font = standard;
        if (font == null) {
            synchronized (ReportFont.class) {
                font = standard;
                if (font == null) {
                    font = load(ReportFont.class.getResourceAsStream(LIBERATION_SANS));
                    standard = font;
                }
            }
        }
        return font;
    }

    /** A font from TrueType bytes (for example a clinic's own font); the stream is read and closed. */
    public static ReportFont load(InputStream ttf) {
        if (ttf == null) {
            throw new IllegalArgumentException("No font file");
        }
        try (InputStream in = ttf) {
            return new ReportFont(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable font", e);
        }
    }

    /**
     * The font for one document, embedded as a subset of the glyphs used, with no GSUB rules for PDFBox to
     * apply. Close the returned handle after the document is saved: the subset is written on save.
     */
    public Embedded embed(PDDocument document) throws IOException {
        TrueTypeFont ttf = idle.pollFirst();
        if (ttf != null) {
            idleCount.decrementAndGet();
        } else {
            ttf = parse();
        }
        try {
            return new Embedded(PDType0Font.load(document, ttf, true), ttf);
        } catch (IOException | RuntimeException e) {
            ttf.close();
            throw e;
        }
    }

    private void giveBack(TrueTypeFont ttf) {
        if (idleCount.incrementAndGet() <= IDLE_LIMIT) {
            idle.offerFirst(ttf);
        } else {
            idleCount.decrementAndGet();
            try {
                ttf.close();
            } catch (IOException e) {
                // an in-memory font: nothing to release
            }
        }
    }

    /** The font as embedded in one document; closing it lends the parsed font to the next document. */
    public final class Embedded implements AutoCloseable {

        private final PDType0Font font;
        private TrueTypeFont ttf;

        private Embedded(PDType0Font font, TrueTypeFont ttf) {
            this.font = font;
            this.ttf = ttf;
        }

        public PDType0Font font() {
            return font;
        }

        @Override
        public void close() {
            if (ttf != null) {
                giveBack(ttf);
                ttf = null;
            }
        }
    }

    private TrueTypeFont parse() throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }

    /** Whether the font has a glyph for this code point. */
    public boolean canShow(int codePoint) {
        return codePoint >= 0 && codePoint < BMP && advance[codePoint] >= 0;
    }

    /** Width of already cleaned text at the given size, in points. */
    public float width(String cleaned, float size) {
        float total = 0;
        for (int i = 0; i < cleaned.length(); i++) {
            float w = advance[cleaned.charAt(i)];
            total += w > 0 ? w : 0;
        }
        return total * size / 1000f;
    }

    /**
     * One line of text the font can show: composed (NFC); tabs, line breaks and other whitespace become a
     * space; control and format characters go; a letter the font lacks becomes its base letter when the
     * font has that (an accent dropped), otherwise a question mark.
     */
    public String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String composed = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = null;
        for (int i = 0; i < composed.length(); ) {
            int cp = composed.codePointAt(i);
            int n = Character.charCount(cp);
            String replacement = replacementFor(cp);
            if (replacement != null && out == null) {
                out = new StringBuilder(composed.length()).append(composed, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.appendCodePoint(cp);
                }
            }
            i += n;
        }
        return out == null ? composed : out.toString();
    }

    /** null when the code point stays as it is */
    private String replacementFor(int cp) {
        if (cp >= ' ' && cp < 0x7f && advance[cp] >= 0) {
            return null;
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) && !canShow(cp)) {
            return " ";
        }
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE && !canShow(cp)) {
            return "";
        }
        if (canShow(cp)) {
            return null;
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
        if (!decomposed.isEmpty() && canShow(decomposed.codePointAt(0)) && decomposed.codePointAt(0) != cp) {
            StringBuilder base = new StringBuilder();
            decomposed.codePoints().filter(this::canShow).filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
                    .forEach(base::appendCodePoint);
            return base.toString();
        }
        return String.valueOf(REPLACEMENT);
    }
}

package org.tenfold.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Right-to-left text is drawn in visual order (what the eye reads, left to right on the page), and the
 * words as written go beside it as ActualText, so copying and screen readers get them in reading order.
 */
class VisualOrderTest {

    private static final String HEBREW = "\u05e9\u05dc\u05d5\u05dd"; // shalom, as written
    private static final String REVERSED = new StringBuilder(HEBREW).reverse().toString();

    @Test
    void rightToLeftRunsAreReversedInPlaceAndLeftToRightTextIsLeftAlone() {
        assertEquals("Alex Demoulin", VisualOrder.of("Alex Demoulin"));
        assertEquals("Goal of " + REVERSED + " Cohen", VisualOrder.of("Goal of " + HEBREW + " Cohen"));
        assertEquals("[" + REVERSED + "]", VisualOrder.of("[" + HEBREW + "]"), "brackets of a left-to-right line");
        assertEquals("(" + REVERSED + ") \u05d1", VisualOrder.of("\u05d1 (" + HEBREW + ")"),
                "a right-to-left line in reverse, its brackets mirrored");
    }

    @Test
    void aReportWithHebrewIsDrawnInVisualOrderWithItsWordsAsWritten() throws IOException {
        assertTrue(ReportFont.standard().canShow(HEBREW.codePointAt(0)), "the font draws Hebrew");
        String line = "Goal of " + HEBREW + " Cohen";
        byte[] pdf = ReportEngine.standard().render(new PageFrame(Samples.letterhead(), "Bidi", "Bidi"),
                doc -> doc.title("Report").paragraph(line));
        assertTrue(drawn(pdf).contains("Goal of " + REVERSED + " Cohen"), "glyphs left to right: " + drawn(pdf));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDResources resources = doc.getPage(0).getResources();
            List<String> actual = new ArrayList<>();
            for (COSName name : resources.getPropertiesNames()) {
                String text = resources.getProperties(name).getCOSObject().getString(COSName.ACTUAL_TEXT);
                if (text != null) {
                    actual.add(text);
                }
            }
            assertEquals(List.of(line), actual, "the line as written goes beside its drawn glyphs");
        }
        ConformanceTest.assertConforms(pdf, PDFAFlavour.PDFUA_1);
    }

    /** The glyphs in the order they are drawn, without the text extractor's own reordering. */
    private static String drawn(byte[] pdf) {
        StringBuilder out = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    out.append(text.getUnicode());
                }
            }.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

package org.tenfold.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class ReportEngineTest {

    private final ReportEngine engine = ReportEngine.standard();
    private final PageFrame frame = new PageFrame(Samples.letterhead(), "Test document", "Confidential test footer");

    @Test
    void tabsControlCharactersAndMissingGlyphsDoNotStopADocument() {
        byte[] pdf = engine.render(frame, doc -> doc
                .heading("Tabs\tand\u0000controls\u0007here")
                .paragraph("Column one\tcolumn two\u000bvertical\u200bzero-width\u00adsoft-hyphen")
                .paragraph("Check ✓ emoji 😀 lone \ud800 surrogate, decomposed Zoe\u0308, Vietnamese Đặng-Nguyễn")
                .bullets(List.of("bullet\twith tab", "\u0001"))
                .keyValue("key\t", "value\r\nsecond line")
                .table(List.of(new ReportComposer.Column("A\t", 1), new ReportComposer.Column("B", 1)),
                        List.of(List.of("x\u0000y", "\u001b[31m red"), List.of("only one cell"))));
        String text = Pdfs.text(pdf);
        assertTrue(text.contains("Tabs andcontrolshere"), text);
        assertTrue(text.contains("Column one column two vertical"), text);
        assertTrue(text.contains("Check ? emoji ? lone ? surrogate, decomposed Zoë, Vietnamese Đặng-Nguyễn"), text);
    }

    @Test
    void longWordsAreBrokenAcrossLinesNotCut() {
        String word = "x".repeat(400) + "END";
        String text = Pdfs.text(engine.render(frame, doc -> doc.paragraph("start " + word)));
        assertTrue(text.replaceAll("\\s", "").contains("start" + word));
    }

    @Test
    void longParagraphsContinueOnTheNextPage() {
        StringBuilder sentences = new StringBuilder();
        for (int i = 1; i <= 300; i++) {
            sentences.append("Sentence number s").append(i).append(" of a very long summary. ");
        }
        byte[] pdf = engine.render(frame, doc -> doc.paragraph(sentences.toString()));
        assertTrue(Pdfs.pages(pdf) >= 3);
        assertEquals(300, PlanPdfTest.numbers(Pdfs.text(pdf).replace("s", "s-"), "s").size());
    }

    @Test
    void tableRowsRunOverPagesWithTheirHeaderRepeated() {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(List.of("row-" + i, "a value that is long enough to wrap inside its narrow column, row " + i));
        }
        byte[] pdf = engine.render(frame, doc -> doc.table(
                List.of(new ReportComposer.Column("Name", 1), new ReportComposer.Column("Value", 1)), rows));
        int pages = Pdfs.pages(pdf);
        assertTrue(pages >= 3);
        assertEquals(120, PlanPdfTest.numbers(Pdfs.text(pdf), "row").size());
        for (int page = 2; page <= pages; page++) {
            assertTrue(Pdfs.pageText(pdf, page).contains("Name"), "header repeated on page " + page);
        }
    }

    @Test
    void aTableRowTallerThanAPageIsSplitNotCut() {
        StringBuilder cell = new StringBuilder();
        for (int i = 1; i <= 400; i++) {
            cell.append("word-").append(i).append(' ');
        }
        byte[] pdf = engine.render(frame, doc -> doc.table(
                List.of(new ReportComposer.Column("Key", 1), new ReportComposer.Column("Value", 1)),
                List.of(List.of("first", cell.toString()), List.of("after", "the last row"))));
        assertTrue(Pdfs.pages(pdf) >= 2);
        String text = Pdfs.text(pdf);
        assertEquals(400, PlanPdfTest.numbers(text, "word").size());
        assertTrue(text.contains("the last row"));
    }

    @Test
    void fontIsEmbeddedAsASubsetWithoutGsub() throws IOException {
        byte[] pdf = engine.render(frame, doc -> doc.paragraph(Samples.CLIENT_NAME));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var resources = document.getPage(0).getResources();
            int fonts = 0;
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                fonts++;
                assertTrue(font.isEmbedded());
                assertTrue(font.getName().matches("[A-Z]{6}\\+LiberationSans"), font.getName());
            }
            assertEquals(1, fonts);
        }
        try (InputStream in = ReportFont.class.getResourceAsStream(ReportFont.LIBERATION_SANS)) {
            byte[] original = in.readAllBytes();
            byte[] stripped = FontTables.without(original, Set.of("GSUB"));
            try (TrueTypeFont before = new TTFParser().parse(new RandomAccessReadBuffer(original));
                    TrueTypeFont after = new TTFParser().parse(new RandomAccessReadBuffer(stripped))) {
                assertTrue(before.getTableMap().containsKey("GSUB"));
                assertFalse(after.getTableMap().containsKey("GSUB"));
                assertEquals(GsubData.NO_DATA_FOUND, after.getGsubData());
                assertEquals(before.getTableMap().size() - 1, after.getTableMap().size());
                assertEquals(before.getNumberOfGlyphs(), after.getNumberOfGlyphs());
                assertEquals(before.getUnicodeCmapLookup().getGlyphId('Đ'), after.getUnicodeCmapLookup().getGlyphId('Đ'));
            }
        }
    }

    @Test
    void fontCoversVietnameseAndReplacesWhatItLacks() {
        ReportFont font = ReportFont.standard();
        "Zoë Đặng-Nguyễn".codePoints().forEach(cp -> assertTrue(font.canShow(cp), Character.getName(cp)));
        assertEquals("Zoë Đặng-Nguyễn", font.clean("Zoe\u0308 \u0110a\u0323\u0306ng-Nguye\u0302\u0303n"));
        assertEquals("a b", font.clean("a\tb"));
        assertEquals("?", font.clean("✓"));
    }

    @Test
    void documentsRenderedInParallelKeepTheirOwnText() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> texts = new java.util.ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String name = "Đặng client-" + i + " Ωμέγα Жанна";
                texts.add(pool.submit(() -> Pdfs.text(engine.render(frame, doc -> doc.heading(name).paragraph("x ".repeat(200))))));
            }
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i).get();
                assertTrue(text.contains("Đặng client-" + i + " Ωμέγα Жанна"), text);
                assertEquals(Set.of(i), PlanPdfTest.numbers(text, "client"));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void logoIsDrawnInTheLetterhead() throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(120, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        Letterhead head = new Letterhead("Clinic", List.of("Street 1"), png.toByteArray());
        byte[] pdf = engine.render(new PageFrame(head, "T", "F"), doc -> doc.paragraph("body"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var resources = document.getPage(0).getResources();
            int images = 0;
            for (COSName name : resources.getXObjectNames()) {
                images += resources.isImageXObject(name) ? 1 : 0;
            }
            assertEquals(1, images);
        }
    }

    @Test
    void warmUpRendersWithoutFailing() {
        engine.warmUp();
        assertTrue(Pdfs.text(new ProgressReportPdf(engine).render(Samples.progress(false, Samples.chart()))).contains("Your progress report"));
    }

    @Test
    void brokenLogoIsLeftOut() {
        Letterhead head = new Letterhead("Clinic", List.of("Street 1"), new byte[] {1, 2, 3, 4});
        String text = Pdfs.text(engine.render(new PageFrame(head, "T", "F"), doc -> doc.paragraph("body")));
        assertTrue(text.contains("Clinic") && text.contains("body"));
    }
}

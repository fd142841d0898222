package org.tenfold.bench.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The benchmark compares like with like: a 3-5 page report, and a bare document with its pages and text. */
class ReportBenchmarkTest {

    @Test
    void reportAndBareDocumentHaveTheSamePagesAndText() throws IOException {
        ReportBenchmark bench = new ReportBenchmark();
        bench.setUp();
        assertTrue(bench.pageCount() >= 3 && bench.pageCount() <= 5, "3 to 5 pages, got " + bench.pageCount());
        List<String> report = pages(bench.progressReport());
        List<String> bare = pages(bench.bareDocument());
        assertEquals(report.size(), bare.size());
        for (int i = 0; i < report.size(); i++) {
            assertArrayEquals(lines(report.get(i)), lines(bare.get(i)), "page " + (i + 1));
        }
        assertEquals(bare, pages(bench.stockFont()));
    }

    private static List<String> pages(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document));
            }
        }
        return pages;
    }

    private static String[] lines(String page) {
        return page.lines().filter(l -> !l.isBlank()).toArray(String[]::new);
    }
}

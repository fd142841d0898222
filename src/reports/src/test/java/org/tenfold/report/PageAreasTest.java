package org.tenfold.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** Flowing text never runs into the footer or off the page: every line sits in the body or the footer. */
class PageAreasTest {

    @Test
    void longPlanKeepsItsTextInsideTheBody() throws IOException {
        assertInsideAreas(new PlanPdf().render(Samples.plan(40), Audience.CLINICIAN));
    }

    @Test
    void progressReportKeepsItsTextInsideTheBody() throws IOException {
        assertInsideAreas(new ProgressReportPdf().render(Samples.progress(true, Samples.chart())));
    }

    private static void assertInsideAreas(byte[] pdf) throws IOException {
        List<String> misplaced = new ArrayList<>();
        int[] glyphs = {0};
        try (PDDocument document = Loader.loadPDF(pdf)) {
            float height = document.getPage(0).getMediaBox().getHeight();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        glyphs[0]++;
                        float baseline = height - p.getYDirAdj();
                        boolean body = baseline >= ReportComposer.BOTTOM && baseline <= ReportComposer.TOP;
                        boolean footer = baseline <= ReportComposer.FOOTER_TOP - 10 && baseline > 20;
                        float right = p.getXDirAdj() + p.getWidthDirAdj();
                        boolean across = p.getXDirAdj() >= ReportComposer.LEFT - 0.5f && right <= ReportComposer.RIGHT + 0.5f;
                        if (!(body || footer) || !across) {
                            misplaced.add("page " + getCurrentPageNo() + " '" + p.getUnicode() + "' at "
                                    + p.getXDirAdj() + "," + baseline + " in \"" + text + "\"");
                        }
                    }
                }
            };
            stripper.writeText(document, new StringWriter());
        }
        assertTrue(glyphs[0] > 1000, "the documents hold text");
        assertEquals(List.of(), misplaced.subList(0, Math.min(5, misplaced.size())));
    }
}

package org.tenfold.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProgressReportPdfTest {

    private final ProgressReportPdf renderer = new ProgressReportPdf();

    @Test
    void reportHoldsWhatTheClientTakesHome() {
        byte[] pdf = renderer.render(Samples.progress(true, Samples.chart()));
        String text = Pdfs.text(pdf);
        assertTrue(text.contains("Our progress report"));
        assertTrue(text.contains(Samples.CLIENT_NAME + " and Sam O'Neill"));
        assertTrue(text.contains("1 September 2026 to 30 November 2026"));
        assertTrue(text.contains("10 held, 1 cancelled, 0 missed"));
        assertTrue(text.contains("A note from your counsellor"));
        assertTrue(text.contains("evening check-ins are now a habit"));
        assertTrue(text.contains("Progress on each step"));
        assertTrue(text.contains("2 Open and Honest Communication"), "chart legend");
        assertFalse(text.contains(ChartPainter.EMPTY));
        assertTrue(text.contains("Step 4: Establish Boundaries"));
        assertTrue(text.contains("Five evenings out of seven (by 1 Dec 2026): Achieved"));
        for (int i = 1; i <= 12; i++) {
            assertTrue(PlanPdfTest.numbers(text, "goal").contains(i), "goal " + i);
        }
        assertTrue(text.contains("Milestones celebrated"));
        assertTrue(text.contains("First weekend away together"));
        assertTrue(text.contains("Boundaries in place"));
        assertTrue(text.contains("boundary-sentinel"));
        assertTrue(text.contains("Write a letter of appreciation (before the next session): Done"));
        assertTrue(text.contains("Read \"Getting the Love You Want\""));
        assertTrue(text.contains("Morning walk (three times a week)"));
        assertTrue(text.contains("Wed 9 Dec 2026, 17:00"));
        int pages = Pdfs.pages(pdf);
        assertTrue(pages >= 2, "a full report runs over pages");
        for (int page = 1; page <= pages; page++) {
            String pageText = Pdfs.pageText(pdf, page);
            assertTrue(pageText.contains("Page " + page + " of " + pages));
            assertTrue(pageText.contains("Confidential: prepared for"));
        }
    }

    @Test
    void questionnairesAreChartedWithTheirCaptionsAndDescribedForScreenReaders() throws Exception {
        byte[] pdf = renderer.render(Samples.withMeasures(Samples.progress(true, Samples.chart()), Samples.measures()));
        String text = Pdfs.text(pdf);
        assertTrue(text.contains("Your questionnaires"));
        assertTrue(text.contains("CSI-4 (relationship satisfaction)"));
        assertTrue(text.contains("Notable dissatisfaction"), "band labels");
        assertTrue(text.contains("cut-off 13.5"));
        assertTrue(text.contains("Sam"), "the partners' legend");
        assertTrue(text.contains("Latest: 7 (Mild), 10 lower than the first"));
        String alt = Samples.measures().get(0).description();
        assertTrue(alt.startsWith("CSI-4 (relationship satisfaction) over time, scores from 0 to 21, higher is better."), alt);
        assertTrue(alt.contains("Cut-off at 13.5."), alt);
        assertTrue(alt.contains("Sam: 6 scores, from 7 on 2 September 2026 to 14.5 on 11 November 2026."), alt);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String tree = doc.getDocumentCatalog().getStructureTreeRoot().getCOSObject().toString();
            java.util.List<String> alts = new java.util.ArrayList<>();
            collectAlts(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), alts);
            assertTrue(alts.contains(alt), "the chart is a figure read by its description: " + alts + tree.length());
        }
        String plain = Pdfs.text(renderer.render(Samples.progress(true, Samples.chart())));
        assertFalse(plain.contains("Your questionnaires"), "no questionnaires chosen, no section");
    }

    private static void collectAlts(java.util.List<Object> kids, java.util.List<String> alts) {
        for (Object k : kids) {
            if (k instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                if (e.getAlternateDescription() != null) {
                    alts.add(e.getAlternateDescription());
                }
                collectAlts(e.getKids(), alts);
            }
        }
    }

    @Test
    void unicodeNameRoundTrips() {
        String text = Pdfs.text(renderer.render(Samples.progress(false, Samples.chart())));
        assertTrue(text.contains("Your progress report"));
        assertTrue(text.contains("Zoë Đặng-Nguyễn"), text.substring(0, 300));
    }

    @Test
    void ownReportLeavesOutTheCouplesBoundaries() {
        String text = Pdfs.text(renderer.render(Samples.progress(false, Samples.chart())));
        assertFalse(text.contains("Boundaries in place"));
        assertFalse(text.contains("boundary-sentinel"));
    }

    @Test
    void chartWithoutRatingsShowsItsEmptyState() {
        String text = Pdfs.text(renderer.render(Samples.progress(false, ProgressChart.empty())));
        assertTrue(text.contains(ChartPainter.EMPTY));
        String withEmptySeries = Pdfs.text(renderer.render(Samples.progress(false,
                new ProgressChart(java.util.List.of(new ProgressChart.Series("1 Acknowledgment", java.util.List.of()))))));
        assertTrue(withEmptySeries.contains(ChartPainter.EMPTY));
        assertFalse(withEmptySeries.contains("1 Acknowledgment"), "no legend without lines");
    }
}

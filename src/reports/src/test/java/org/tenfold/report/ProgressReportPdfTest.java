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

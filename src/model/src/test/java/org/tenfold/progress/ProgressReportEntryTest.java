package org.tenfold.progress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProgressReportEntryTest {

    private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");
    private static final String SHA = "a".repeat(64);

    private static ProgressReportEntry draft() {
        return new ProgressReportEntry(1, 2, ReportKind.JOINT, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31),
                "counsellor", NOW, null);
    }

    @Test
    void aPeriodEndsOnOrAfterItsStart() {
        assertThrows(IllegalArgumentException.class, () -> new ProgressReportEntry(1, 2, ReportKind.JOINT,
                LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 1), "c", NOW, null));
    }

    @Test
    void aDraftsSummaryChangesAndBlankMeansNone() {
        ProgressReportEntry r = draft();
        r.editSummary("  Well done.  ");
        assertEquals("Well done.", r.getSummary());
        r.editSummary("   ");
        assertNull(r.getSummary());
        assertThrows(IllegalArgumentException.class, () -> r.editSummary("x".repeat(ProgressReportEntry.SUMMARY_MAX + 1)));
    }

    @Test
    void releaseKeepsTheBytesAndNothingChangesAfterwards() {
        ProgressReportEntry r = draft();
        byte[] pdf = {1, 2, 3};
        r.release(pdf, SHA, "counsellor", NOW);
        pdf[0] = 9;
        assertTrue(r.isReleased());
        assertArrayEquals(new byte[] {1, 2, 3}, r.getReleasedPdf(), "a copy is kept");
        assertThrows(IllegalStateException.class, () -> r.editSummary("later"));
        assertThrows(IllegalStateException.class, () -> r.release(new byte[] {4}, SHA, "c", NOW));
    }

    @Test
    void releaseNeedsTheFileAndItsHash() {
        assertThrows(IllegalArgumentException.class, () -> draft().release(new byte[0], SHA, "c", NOW));
        assertThrows(IllegalArgumentException.class, () -> draft().release(new byte[] {1}, "short", "c", NOW));
    }

    @Test
    void aLinkOpensOnceBeforeItExpires() {
        ReportLink link = new ReportLink(1, SHA, "c", NOW, NOW.plus(Duration.ofHours(72)));
        assertTrue(link.opensAt(NOW.plusSeconds(60)));
        link.use(NOW.plusSeconds(60));
        assertFalse(link.opensAt(NOW.plusSeconds(61)));
        assertThrows(IllegalStateException.class, () -> link.use(NOW.plusSeconds(62)));
        assertFalse(new ReportLink(1, SHA, "c", NOW, NOW.plus(Duration.ofHours(72))).opensAt(NOW.plus(Duration.ofHours(72))));
    }

    @Test
    void aBatchCountsToItsEnd() {
        ReportBatch b = new ReportBatch(7, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), 3, "c", NOW);
        assertEquals(ReportBatch.Status.RUNNING, b.getStatus());
        b.oneDone(true, NOW);
        assertEquals(33, b.percent());
        b.oneDone(false, NOW);
        b.oneDone(true, NOW);
        assertEquals(ReportBatch.Status.DONE, b.getStatus());
        assertEquals(100, b.percent());
        assertEquals(2, b.getDone());
        assertEquals(1, b.getFailed());
        assertEquals(ReportBatch.Status.DONE, new ReportBatch(7, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31),
                0, "c", NOW).getStatus(), "nothing to do is done");
    }

    @Test
    void aBatchRecountsFromItsItemsAndEndsOnlyWhenEveryItemHas() {
        ReportBatch b = new ReportBatch(7, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), 3, "c", NOW);
        b.recount(2, 0, NOW);
        assertEquals(ReportBatch.Status.RUNNING, b.getStatus(), "one item is still open");
        assertEquals(67, b.percent());
        b.recount(2, 1, NOW);
        assertEquals(ReportBatch.Status.DONE, b.getStatus(), "done, with a failure listed");
        assertEquals(NOW, b.getFinishedAt());
        ReportBatch none = new ReportBatch(7, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), 2, "c", NOW);
        none.recount(0, 2, NOW);
        assertEquals(ReportBatch.Status.FAILED, none.getStatus(), "nothing made at all");
    }

    @Test
    void aBatchItemIsFinishedOnlyByTheRunThatHoldsIt() {
        ReportBatchItem item = new ReportBatchItem(1, 1, 2, 3, ReportKind.INDIVIDUAL);
        assertEquals(ReportBatchItem.Status.PENDING, item.getStatus());
        assertFalse(item.claimedBy("t"), "nobody holds a pending item");
        assertFalse(item.claimedBy(null));
        item.failed("x".repeat(600), NOW);
        assertEquals(ReportBatchItem.REASON_MAX, item.getReason().length(), "a long reason is cut to the column");
        item.failed(" ", NOW);
        assertEquals("The draft could not be made.", item.getReason());
    }
}

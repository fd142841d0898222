package org.tenfold.plan.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class BoundaryTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void renegotiatingKeepsTheAgreedWordingInTheHistoryAndWaitsForANewAgreement() throws Exception {
        Boundary b = persisted(new Boundary(1, "No devices in the bedroom.", 7L, null, null, TODAY.plusDays(30), "c", NOW));
        assertEquals(BoundaryStatus.PROPOSED, b.getStatus());
        BoundaryEvent created = b.createdEvent("asked by the partner");
        assertEquals(BoundaryEventKind.CREATED, created.getKind());
        assertNull(created.getFromStatus());

        BoundaryEvent agreed = b.changeStatus(BoundaryStatus.AGREED, null, null, TODAY, "c", NOW);
        assertEquals(TODAY, b.getAgreedOn());
        assertNull(agreed.getPreviousWording(), "no rewording, nothing kept");
        b.changeStatus(BoundaryStatus.BROKEN, "a slip on Tuesday", null, null, "c", NOW);
        BoundaryEvent renegotiated = b.changeStatus(BoundaryStatus.RENEGOTIATED, null,
                "Phones charge in the kitchen from 22:00.", null, "c", NOW);
        assertEquals("No devices in the bedroom.", renegotiated.getPreviousWording());
        assertEquals(BoundaryStatus.BROKEN, renegotiated.getFromStatus());
        assertEquals("Phones charge in the kitchen from 22:00.", b.getWording());
        assertNull(b.getAgreedOn(), "agreed again only when both agree");
        assertEquals(TODAY.plusDays(30), b.getReviewOn());
    }

    @Test
    void anAgreedBoundaryIsNotRewordedInPlaceAndARetiredOneDoesNotMove() throws Exception {
        Boundary b = persisted(new Boundary(1, "Text", null, 3L, TODAY, null, "c", NOW));
        assertEquals(BoundaryStatus.AGREED, b.getStatus(), "given a date agreed, agreed at once");
        assertThrows(IllegalStateException.class, () -> b.revise("Other text", null, null, "c", NOW));
        assertThrows(IllegalStateException.class,
                () -> b.changeStatus(BoundaryStatus.KEPT, null, "Other text", null, "c", NOW));
        assertNull(b.revise("Text", TODAY.plusDays(7), null, "c", NOW), "only the review date changed: no event");
        b.changeStatus(BoundaryStatus.RETIRED, null, null, null, "c", NOW);
        for (BoundaryStatus to : BoundaryStatus.values()) {
            assertThrows(IllegalStateException.class, () -> b.changeStatus(to, null, null, TODAY, "c", NOW));
        }
    }

    @Test
    void aProposedBoundaryIsRewordedWithItsEarlierWordingKept() throws Exception {
        Boundary b = persisted(new Boundary(1, "First", 7L, null, null, null, "c", NOW));
        BoundaryEvent e = b.revise("Second", null, "clearer", "c", NOW);
        assertEquals(BoundaryEventKind.REWORDED, e.getKind());
        assertEquals("First", e.getPreviousWording());
        assertEquals("Second", b.getWording());
    }

    @Test
    void aBoundaryHasOneProposerAndSaysSomething() {
        assertThrows(IllegalArgumentException.class, () -> new Boundary(1, "x", 7L, 3L, null, null, "c", NOW));
        assertThrows(IllegalArgumentException.class, () -> new Boundary(1, "x", null, null, null, null, "c", NOW));
        assertThrows(IllegalArgumentException.class, () -> new Boundary(1, " ", 7L, null, null, null, "c", NOW));
    }

    @Test
    void theStatusesFormTheAgreedLifecycle() {
        assertEquals(EnumSet.of(BoundaryStatus.AGREED, BoundaryStatus.RETIRED), BoundaryStatus.PROPOSED.next());
        assertTrue(BoundaryStatus.BROKEN.canBecome(BoundaryStatus.RENEGOTIATED));
        assertFalse(BoundaryStatus.RENEGOTIATED.canBecome(BoundaryStatus.KEPT), "agree the new terms first");
        assertTrue(BoundaryStatus.RETIRED.next().isEmpty());
        assertFalse(AssignmentStatus.COMPLETED.canBecome(AssignmentStatus.DROPPED));
        assertTrue(AssignmentStatus.ASSIGNED.canBecome(AssignmentStatus.COMPLETED));
        assertEquals(4, RecordStep.BOUNDARIES.number());
        assertEquals(9, RecordStep.SELF_CARE.number());
    }

    /** As the database would leave it: with an id. */
    private static Boundary persisted(Boundary b) throws ReflectiveOperationException {
        Field id = Boundary.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(b, 42L);
        return b;
    }
}

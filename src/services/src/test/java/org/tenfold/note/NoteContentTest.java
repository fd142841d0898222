package org.tenfold.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A draft's content as stored compares equal to the same content sent again (a repeated autosave). */
class NoteContentTest {

    private static NoteDrafts.Content content(String data) {
        return new NoteDrafts.Content(NoteFormat.DAP, List.of(data, "", "Plan"), RiskUpdate.NO_CHANGE, null, null,
                null, List.of(new NoteDrafts.StepRow("COMMUNICATE", 3, "Worked on it", null, null, null)),
                List.of(new NoteDrafts.HomeworkRow(HomeworkKind.TEXT, null, "Read")),
                List.of(new NoteDrafts.MilestoneRow(15L, "Thirty days")));
    }

    @Test
    void whatIsStoredComparesEqualToWhatWasSent() {
        SessionNote note = new SessionNote(1, 2, 15L, Set.of(15L), 3, NoteFormat.DAP, Instant.now());
        NoteDrafts.apply(note, content("Client spoke"));
        assertEquals(content("Client spoke"), NoteDrafts.content(note));
        assertNotEquals(content("Other text"), NoteDrafts.content(note));
    }

    /** Every section written, every step rated, the risk update recorded: ready to sign. */
    private static SessionNote written(SessionNote note) {
        note.write(note.getFormat(), List.of("One", "Two", "Three", "Four").subList(0, note.getFormat().sections().size()),
                RiskUpdate.NO_CHANGE, null, null, null, Instant.now());
        return note;
    }

    @Test
    void aSignedNoteRefusesChanges() {
        SessionNote note = written(new SessionNote(1, 2, 15L, Set.of(15L), 3, NoteFormat.DAP, Instant.now()));
        note.sign("me", Instant.now(), false);
        assertThrows(IllegalStateException.class, () -> NoteDrafts.apply(note, content("x")));
        assertThrows(IllegalStateException.class, () -> note.requestChanges("sup", Instant.now(), "why"));
        assertEquals(NoteStatus.SIGNED, note.getStatus());
        note.addAddendum("Correction", "me", Instant.now());
        assertEquals(1, note.getAddenda().size());
    }

    @Test
    void aSupervisedNoteGoesBackToDraftWhenChangesAreRequested() {
        SessionNote note = written(new SessionNote(1, 2, null, Set.of(15L, 16L), 3, NoteFormat.SOAP, Instant.now()));
        note.sign("me", Instant.now(), true);
        assertEquals(NoteStatus.SIGNED_PENDING_COSIGN, note.getStatus());
        assertThrows(IllegalStateException.class, () -> note.addAddendum("x", "me", Instant.now()));
        note.requestChanges("sup", Instant.now(), "Name the homework");
        assertEquals(NoteStatus.DRAFT, note.getStatus());
        assertEquals("Name the homework", note.getChangeRequest());
        note.sign("me", Instant.now(), true);
        note.cosign("sup", Instant.now());
        assertEquals(NoteStatus.SIGNED, note.getStatus());
        assertEquals(4, note.getEvents().size());
    }
}

package org.tenfold.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A session note's life: draft, ready to sign, signed (immutable), co-signed or sent back, corrected by addenda. */
class SessionNoteTest {

    private static final Instant T = Instant.parse("2027-03-15T11:00:00Z");

    private static SessionNote draft(NoteFormat format) {
        return new SessionNote(1, 2, 15L, Set.of(15L), 3, format, T);
    }

    private static void writeAll(SessionNote note, RiskUpdate risk) {
        List<String> texts = new ArrayList<>();
        note.getFormat().sections().forEach(s -> texts.add(s.label() + " text"));
        note.write(note.getFormat(), texts, risk, risk == RiskUpdate.NEW_CONCERN ? "Said something worrying" : null,
                risk == RiskUpdate.NEW_CONCERN ? 15L : null, null, T);
    }

    @Test
    void aNoteIsFiledIntoAtLeastOneChartAndItsOwnerIsOneOfItsClients() {
        assertThrows(IllegalArgumentException.class, () -> new SessionNote(1, 2, null, Set.of(), 3, NoteFormat.DAP, T));
        assertThrows(IllegalArgumentException.class,
                () -> new SessionNote(1, 2, 99L, Set.of(15L, 16L), 3, NoteFormat.DAP, T));
        SessionNote joint = new SessionNote(1, 2, null, Set.of(15L, 16L), 3, NoteFormat.DAP, T);
        assertTrue(joint.isDraft());
        assertEquals(Set.of(15L, 16L), joint.getClientIds());
    }

    @Test
    void anEmptyDraftNamesEverySectionAndTheRiskUpdateBeforeItMaySign() {
        SessionNote note = draft(NoteFormat.BIRP);
        assertEquals(Set.of("sections.BEHAVIOUR", "sections.INTERVENTION", "sections.RESPONSE", "sections.PLAN",
                "riskUpdate"), note.signProblems().keySet());
        assertThrows(IllegalStateException.class, () -> note.sign("me", T, false));
        assertTrue(note.isDraft(), "a refused signature leaves the draft as it was");
    }

    @Test
    void anUnratedStepStopsTheSignatureUntilItIsRated() {
        SessionNote note = draft(NoteFormat.DAP);
        writeAll(note, RiskUpdate.NO_CHANGE);
        note.replaceSteps(List.of(new NoteStep("COMMUNICATE", null, null, null, null, null)));
        assertEquals(Set.of("steps[0].rating"), note.signProblems().keySet());
        note.replaceSteps(List.of(new NoteStep("COMMUNICATE", 6, null, null, null, null)));
        assertTrue(note.signProblems().isEmpty());
        note.sign("me", T, false);
        assertEquals(NoteStatus.SIGNED, note.getStatus());
        assertEquals("me", note.getSignedBy());
    }

    @Test
    void aRatingIsFromZeroToTen() {
        assertThrows(IllegalArgumentException.class, () -> new NoteStep("COMMUNICATE", 11, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new NoteStep("COMMUNICATE", -1, null, null, null, null));
    }

    @Test
    void aSignedNoteNeverChangesAndTakesAddendaOnly() {
        SessionNote note = draft(NoteFormat.SOAP);
        writeAll(note, RiskUpdate.NO_CHANGE);
        note.sign("me", T, false);
        assertThrows(IllegalStateException.class, () -> writeAll(note, RiskUpdate.NO_CHANGE));
        assertThrows(IllegalStateException.class, () -> note.replaceSteps(List.of()));
        assertThrows(IllegalStateException.class, () -> note.replaceHomework(List.of()));
        assertThrows(IllegalStateException.class, () -> note.replaceMilestones(List.of()));
        assertThrows(IllegalStateException.class, () -> note.sign("me", T, false));
        assertThrows(IllegalStateException.class, () -> note.cosign("sup", T), "nothing to co-sign");
        note.addAddendum("The session ran ten minutes over", "me", T.plusSeconds(60));
        assertEquals(1, note.getAddenda().size());
    }

    @Test
    void aSupervisedNoteWaitsForItsCoSignatureOrGoesBackAsADraft() {
        SessionNote note = draft(NoteFormat.DAP);
        writeAll(note, RiskUpdate.NEW_CONCERN);
        assertEquals("Said something worrying", note.getRiskConcern());
        note.sign("me", T, true);
        assertEquals(NoteStatus.SIGNED_PENDING_COSIGN, note.getStatus());
        assertFalse(note.isDraft());
        assertThrows(IllegalStateException.class, () -> note.addAddendum("x", "me", T), "not before co-signature");
        note.requestChanges("sup", T, "Name the homework");
        assertTrue(note.isDraft());
        assertEquals("Name the homework", note.getChangeRequest());
        note.sign("me", T, true);
        assertEquals(null, note.getChangeRequest(), "a new signature clears the request");
        note.cosign("sup", T);
        assertEquals(NoteStatus.SIGNED, note.getStatus());
        assertEquals(Arrays.asList(NoteEventKind.SIGNED_PENDING_COSIGN, NoteEventKind.CHANGES_REQUESTED,
                NoteEventKind.SIGNED_PENDING_COSIGN, NoteEventKind.COSIGNED),
                note.getEvents().stream().map(NoteEvent::getKind).toList());
    }

    @Test
    void aConcernIsKeptOnlyWithANewConcern() {
        SessionNote note = draft(NoteFormat.DAP);
        note.write(NoteFormat.DAP, List.of("a", "b", "c"), RiskUpdate.NO_CHANGE, "ignored", 15L, null, T);
        assertEquals(null, note.getRiskConcern());
        assertEquals(null, note.getRiskClientId());
    }
}

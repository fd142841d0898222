package org.tenfold.note;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.tenfold.plan.ObjectiveStatus;

/** What the note services hand to screens and the API: plain, immutable, never entities. */
public final class NoteViews {

    private NoteViews() {
    }

    /** A guided section with the text written in it. */
    public record SectionView(String code, String label, String prompt, String text) implements Serializable {
    }

    /**
     * A step worked on. {@code goal} and {@code objective} name the linked goal ("whose: statement") and
     * objective, or say they are not shared with this reader (a member's own goal follows their sharing choice).
     */
    public record StepRating(String stepCode, int stepNumber, String stepTitle, Integer rating, String comment,
            Long goalId, String goal, Long objectiveId, String objective, ObjectiveStatus objectiveStatus) implements Serializable {
    }

    /** Homework: a self-care activity or education assignment of the case ({@code label} names it), or free text. */
    public record HomeworkView(HomeworkKind kind, Long refId, String label, String detail) implements Serializable {
    }

    /** A milestone reached; {@code clientId} null is the couple's. */
    public record MilestoneView(Long clientId, String whose, String description) implements Serializable {
    }

    /** Homework a draft may link, as the note screen offers it. */
    public record HomeworkChoice(HomeworkKind kind, long refId, String label) implements Serializable {
    }

    public record AddendumView(long id, String text, String signedBy, Instant signedAt) implements Serializable {
    }

    public record EventView(NoteEventKind kind, String actor, Instant at, String comment) implements Serializable {
    }

    /** A client the note is filed for, by chart number and name. */
    public record NoteClient(long clientId, String chartNumber, String displayName) implements Serializable {
    }

    /**
     * A whole note. {@code ownerClientId} names the one client it belongs to (an individual session);
     * null means every client in {@code clients} (a joint session). {@code mine} is true for its author.
     */
    public record NoteView(long id, long appointmentId, long caseId, Long ownerClientId, List<NoteClient> clients,
            long authorId, String authorName, boolean mine, NoteFormat format, NoteStatus status,
            Instant sessionStart, Instant sessionEnd, List<SectionView> sections, List<StepRating> steps,
            RiskUpdate riskUpdate, String riskConcern, Long riskClientId, List<HomeworkView> homework,
            String homeworkText, List<MilestoneView> milestones, String changeRequest, String signedBy,
            Instant signedAt, String cosignedBy, Instant cosignedAt, List<AddendumView> addenda,
            List<EventView> history, Instant updatedAt, long version) implements Serializable {
    }

    /**
     * One rating of a step in a signed note, for a progress chart: the session's day in the clinic's
     * zone, the 0-10 rating, and whose session it was (null: a joint session).
     */
    public record RatingPoint(java.time.LocalDate day, int rating, Long ownerClientId) {
    }

    /** A note in a list, without its text. */
    public record NoteSummary(long id, long appointmentId, long caseId, Long ownerClientId, List<Long> clientIds,
            String authorName, NoteFormat format, NoteStatus status, Instant sessionStart, Instant signedAt,
            int addenda) {
    }

    /** A held session whose note is not signed yet, after the clinic's allowance of hours. */
    public record MissingNote(long appointmentId, Instant sessionStart, Instant sessionEnd, long counsellorId,
            String counsellorName, List<String> clients, Long noteId, NoteStatus noteStatus, long hoursOverdue) {
    }

    /** A held session of the caller's, with its note's state (none, draft, signed...). */
    public record MySession(long appointmentId, Instant sessionStart, Instant sessionEnd, String type,
            List<String> clients, Long noteId, NoteStatus noteStatus) {
    }

    public record PrivateSectionView(long noteId, String text, Instant updatedAt, long version) {
    }
}

package org.tenfold.care;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the care services hand to screens and the API: plain values, built inside the transaction,
 * with the names a screen shows (no lazy loading afterwards).
 */
public final class CareViews {

    private CareViews() {
    }

    /** A member of staff as a screen names them. */
    public record StaffRef(long id, String username, String displayName) {
    }

    /** A client in a case: who, in which role, with their own counsellor if any. */
    public record MemberView(long clientId, String chartNumber, String displayName, CaseRole role,
            StaffRef ownCounsellor) {
    }

    /** One step of a case's history. */
    public record EventView(CaseEventKind event, CloseReason closeReason, String note, Instant at, String by) {
    }

    /** A case with its members, counsellors and history; {@code version} goes back in If-Match. */
    public record CaseView(long id, CaseKind kind, CaseStatus status, StaffRef primaryCounsellor,
            StaffRef secondCounsellor, List<MemberView> members, LocalDate openedOn, LocalDate closedOn,
            CloseReason closeReason, List<EventView> history, long version) {
    }

    /** A break-the-glass access to a case: who, why, from when until when, and whether it still runs. */
    public record BreakGlassView(long id, long caseId, StaffRef staff, String reason, Instant grantedAt,
            Instant expiresAt, boolean active) {
    }

    /** A client flag, for clinical staff only. */
    public record FlagView(long id, long clientId, FlagKind kind, String summary, String source, String raisedBy,
            Instant raisedAt, String clearedBy, Instant clearedAt, String clearReason, boolean raised) {
        static FlagView of(ClientFlag f) {
            return new FlagView(f.getId(), f.getClientId(), f.getKind(), f.getSummary(), f.getSource(),
                    f.getRaisedBy(), f.getRaisedAt(), f.getClearedBy(), f.getClearedAt(), f.getClearReason(),
                    f.isRaised());
        }
    }

    /** A task on the assignee's list; the title is in non-clinical words. */
    public record TaskView(long id, TaskKind kind, String title, Long clientId, String chartNumber, Instant dueAt,
            Instant doneAt) {
    }
}

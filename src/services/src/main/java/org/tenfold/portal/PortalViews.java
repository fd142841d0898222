package org.tenfold.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the portal's services hand to screens and the API: plain values, never entities. */
public final class PortalViews {

    private PortalViews() {
    }

    /** The signed-in client as the portal's pages need them. */
    public record Me(long accountId, long clientId, String firstName, String email, boolean secondFactor) {
    }

    /** An appointment the client attends, with what they may do about it. */
    public record AppointmentView(long id, Instant start, Instant end, String with, String place, String videoLink,
            boolean together, boolean mayCancel, boolean lateCancelOnly, boolean cancellationRequested,
            String myRequestReason) {
    }

    /** A released progress report the client may download, named without a word about its content. */
    public record DocumentView(long id, LocalDate from, LocalDate to, boolean forBoth, Instant releasedAt,
            boolean opened) {
    }

    /** A milestone shown to the client: theirs or the couple's. */
    public record MilestoneView(LocalDate achievedOn, String description, boolean together) {
    }

    /** A piece of the client's work, with where they said it stands. */
    public record WorkItem(WorkKind kind, long refId, long caseId, String title, String detail, String link,
            String frequency, Instant setAt, boolean together, boolean done, String comment, Instant updatedAt) {
    }

    /** A newer wording of a consent the client gave on an older one, to read and accept. */
    public record ConsentToAccept(String kind, int version, String title, String wording, int acceptedVersion) {
    }

    /** The start page: what is new, at a glance. */
    public record Overview(Me me, List<AppointmentView> next, int newDocuments, int openWork, int consents,
            int questionnaires) {
    }

    /** A client's portal account as staff see it on the chart. */
    public record AccountView(long clientId, String status, String email, Instant invitedAt, String invitedBy,
            Instant activatedAt, Instant lastSignInAt, boolean locked, boolean secondFactor,
            List<OpenedReport> reportsOpened) {
    }

    /** A report the client opened in the portal, and when (first time). */
    public record OpenedReport(long reportId, LocalDate from, LocalDate to, Instant firstOpenedAt, int times) {
    }

    /** What a client wrote about their work, as their counsellor reads it. */
    public record WorkNote(long id, long clientId, String clientName, WorkKind kind, long refId, String what,
            boolean done, String comment, Instant writtenAt) {
    }

    /** A late cancellation request, as front desk handle it. */
    public record CancellationRequestView(long id, long appointmentId, Instant appointmentStart, String counsellor,
            long clientId, String chartNumber, String clientName, String reason, Instant requestedAt, String status,
            String handledBy, Instant handledAt) {
    }
}

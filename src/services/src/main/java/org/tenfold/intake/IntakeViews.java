package org.tenfold.intake;

import java.time.Instant;
import org.tenfold.care.CareViews.StaffRef;
import org.tenfold.client.ClientStatus;

/** What the enquiry and intake services hand to screens and the API. */
public final class IntakeViews {

    private IntakeViews() {
    }

    /** An enquiry with its client's chart number, name and current status. */
    public record EnquiryView(long id, long clientId, String chartNumber, String displayName, ClientStatus clientStatus,
            String heardAbout, String reason, StaffRef preferredCounsellor, String preferredTimes, String takenBy,
            Instant takenAt) {
    }

    /**
     * A client's intake for clinical staff. Before anything is saved it is an empty DRAFT with no
     * version; afterwards {@code version} goes back in If-Match. {@code riskFlagRaised} says whether
     * the client carries a raised RISK flag now.
     */
    public record IntakeView(long clientId, Long intakeId, IntakeStatus status, IntakeAnswers answers, Long version,
            String createdBy, Instant createdAt, String updatedBy, Instant updatedAt, String submittedBy,
            Instant submittedAt, String reviewedBy, Instant reviewedAt, boolean riskFlagRaised) {
    }

    /** The part of a draft intake front desk may see and fill: the relationship basics, and the status. */
    public record FrontDeskIntakeView(long clientId, IntakeStatus status, IntakeAnswers relationship, Long version) {
    }
}

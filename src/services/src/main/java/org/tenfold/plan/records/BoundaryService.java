package org.tenfold.plan.records;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tenfold.audit.AuditAction;
import org.tenfold.platform.BusinessException;
import org.tenfold.platform.NotFoundException;
import org.tenfold.plan.records.CaseRecords.CaseContext;
import org.tenfold.plan.records.StepRecordInputs.BoundaryInput;
import org.tenfold.plan.records.StepRecordInputs.StatusChange;
import org.tenfold.plan.records.StepRecordViews.BoundaryView;
import org.tenfold.staff.Roles;

/**
 * Boundaries (step 4) of a case: listed with their history, proposed (by a member or the counsellor),
 * reworded while not yet agreed, moved through agreed, kept, broken, renegotiated and retired. Every
 * change adds a history row keeping the wording it replaced; nothing is deleted. Audited once per
 * member of the case, because a boundary belongs to the couple.
 */
@Stateless
public class BoundaryService {

    private static final String ENTITY = "Boundary";

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    CaseRecords records;

    @Inject
    StepRecordReader reader;

    /** The case's boundaries, each with its history, oldest first. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<BoundaryView> list(long caseId) {
        CaseContext ctx = records.read(caseId, AuditAction.STEP_RECORDS_VIEW);
        List<BoundaryView> views = reader.boundaries(ctx);
        records.audited(ctx, AuditAction.STEP_RECORDS_VIEW, "CareCase", caseId, null,
                views.size() + " boundary(ies) listed");
        return views;
    }

    /** A new boundary: PROPOSED, or AGREED at once when the date agreed is given. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public BoundaryView create(long caseId, BoundaryInput input) {
        CaseContext ctx = records.write(caseId, AuditAction.BOUNDARY_CREATE);
        BoundaryInput in = input == null ? new BoundaryInput() : input;
        Map<String, String> errors = new LinkedHashMap<>();
        String wording = CaseRecords.required(in.wording, "wording", Boundary.MAX_WORDING, "What is agreed", errors);
        String note = CaseRecords.optional(in.note, "note", CaseRecords.MAX_NOTE, "The note", errors);
        dates(in.agreedOn, in.reviewOn, errors);
        reviewNotPast(in.reviewOn, errors);
        if (in.proposedByClientId != null && !ctx.members().containsKey(in.proposedByClientId)) {
            errors.put("proposedByClientId", "This client is not a member of this case.");
        }
        CaseRecords.throwIfAny(errors);
        if (in.proposedByClientId != null && in.agreedOn == null) {
            // a member's proposal not yet agreed is their own record
            records.requireMayUseMember(ctx, in.proposedByClientId, AuditAction.BOUNDARY_CREATE, ENTITY, null);
        }
        Instant now = Instant.now();
        Long counsellor = in.proposedByClientId == null ? ctx.caller().staffId() : null;
        Boundary b = new Boundary(caseId, wording, in.proposedByClientId, counsellor, in.agreedOn, in.reviewOn,
                ctx.by(), now);
        em.persist(b);
        em.flush();
        em.persist(b.createdEvent(note));
        em.flush();
        records.audited(ctx, AuditAction.BOUNDARY_CREATE, ENTITY, b.getId(), null, "created " + b.getStatus());
        return reader.boundary(ctx, b);
    }

    /**
     * Rewords a boundary that is proposed or being renegotiated (an agreed one is renegotiated first:
     * 409), and sets its review date. The old wording stays in the history.
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public BoundaryView revise(long caseId, long boundaryId, long expectedVersion, BoundaryInput input) {
        CaseContext ctx = records.write(caseId, AuditAction.BOUNDARY_UPDATE);
        Boundary b = find(ctx, boundaryId);
        CaseRecords.checkVersion(b.getVersion(), expectedVersion, "This boundary");
        BoundaryInput in = input == null ? new BoundaryInput() : input;
        Map<String, String> errors = new LinkedHashMap<>();
        String wording = CaseRecords.required(in.wording, "wording", Boundary.MAX_WORDING, "What is agreed", errors);
        String note = CaseRecords.optional(in.note, "note", CaseRecords.MAX_NOTE, "The note", errors);
        dates(b.getAgreedOn(), in.reviewOn, errors);
        if (in.reviewOn != null && !in.reviewOn.equals(b.getReviewOn())) {
            reviewNotPast(in.reviewOn, errors);
        }
        CaseRecords.throwIfAny(errors);
        if (b.getStatus() == BoundaryStatus.RETIRED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "This boundary is retired; it is not changed.");
        }
        if (!wording.equals(b.getWording()) && !b.getStatus().wordingOpen()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "This boundary was agreed as worded: "
                    + "to change its wording, renegotiate it (status RENEGOTIATED with the new wording).");
        }
        BoundaryEvent event = b.revise(wording, in.reviewOn, note, ctx.by(), Instant.now());
        if (event != null) {
            em.persist(event);
        }
        records.flush("This boundary");
        records.audited(ctx, AuditAction.BOUNDARY_UPDATE, ENTITY, boundaryId, null,
                event != null ? "reworded" : "review date changed");
        return reader.boundary(ctx, b);
    }

    /** Moves a boundary to another status (see {@link BoundaryStatus#next()}); {@code expectedVersion} optional. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public BoundaryView changeStatus(long caseId, long boundaryId, Long expectedVersion, StatusChange change) {
        CaseContext ctx = records.write(caseId, AuditAction.BOUNDARY_STATUS);
        Boundary b = find(ctx, boundaryId);
        CaseRecords.checkVersion(b.getVersion(), expectedVersion, "This boundary");
        StatusChange in = change == null ? new StatusChange() : change;
        Map<String, String> errors = new LinkedHashMap<>();
        if (in.status == null) {
            errors.put("status", "Choose the new status: one of " + b.getStatus().next() + ".");
        }
        String note = CaseRecords.optional(in.note, "note", CaseRecords.MAX_NOTE, "The note", errors);
        String wording = CaseRecords.optional(in.wording, "wording", Boundary.MAX_WORDING, "What is agreed", errors);
        LocalDate today = records.today();
        if (in.on != null && in.on.isAfter(today)) {
            errors.put("on", "The date agreed cannot be in the future.");
        }
        if (wording != null && !wording.equals(b.getWording()) && in.status != null
                && in.status != BoundaryStatus.RENEGOTIATED && !b.getStatus().wordingOpen()) {
            errors.put("wording", "A new wording comes with RENEGOTIATED.");
        }
        LocalDate agreedOn = in.status == BoundaryStatus.AGREED ? (in.on != null ? in.on : today) : null;
        if (agreedOn != null && b.getReviewOn() != null && b.getReviewOn().isBefore(agreedOn)) {
            errors.put("on", "The date agreed is after the review date (" + b.getReviewOn() + ").");
        }
        CaseRecords.throwIfAny(errors);
        if (!b.getStatus().canBecome(in.status)) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "A " + b.getStatus() + " boundary cannot become "
                    + in.status + (b.getStatus().next().isEmpty() ? "." : "; it can become one of "
                            + b.getStatus().next() + "."));
        }
        BoundaryStatus from = b.getStatus();
        em.persist(b.changeStatus(in.status, note, wording, agreedOn, ctx.by(), Instant.now()));
        records.flush("This boundary");
        records.audited(ctx, AuditAction.BOUNDARY_STATUS, ENTITY, boundaryId, null, from + " -> " + in.status);
        return reader.boundary(ctx, b);
    }

    private Boundary find(CaseContext ctx, long boundaryId) {
        Boundary b = em.find(Boundary.class, boundaryId);
        if (b == null || b.getCaseId() != ctx.caseId()) {
            throw new NotFoundException("Boundary", boundaryId);
        }
        if (b.getOwnerClientId() != null) {
            records.requireMayUseMember(ctx, b.getOwnerClientId(), AuditAction.BOUNDARY_UPDATE, ENTITY, boundaryId);
        }
        return b;
    }

    /** A review date being set is today or later (one already set may have passed: it is then due). */
    private void reviewNotPast(LocalDate reviewOn, Map<String, String> errors) {
        if (reviewOn != null && reviewOn.isBefore(records.today()) && !errors.containsKey("reviewOn")) {
            errors.put("reviewOn", "The review date cannot be in the past.");
        }
    }

    private void dates(LocalDate agreedOn, LocalDate reviewOn, Map<String, String> errors) {
        if (agreedOn != null && agreedOn.isAfter(records.today())) {
            errors.put("agreedOn", "The date agreed cannot be in the future.");
        }
        if (agreedOn != null && reviewOn != null && reviewOn.isBefore(agreedOn)) {
            errors.put("reviewOn", "The review date cannot be before the date agreed.");
        }
    }
}

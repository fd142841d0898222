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
import org.tenfold.care.CaseKind;
import org.tenfold.platform.NotFoundException;
import org.tenfold.plan.records.CaseRecords.CaseContext;
import org.tenfold.plan.records.StepRecordInputs.MilestoneInput;
import org.tenfold.plan.records.StepRecordViews.MilestoneView;
import org.tenfold.staff.Roles;

/**
 * Milestones (step 7) of a case: a dated achievement of one member or of the couple, shown to clients
 * in progress reports unless the counsellor hides it. A member's own milestones follow the member's
 * sharing choice; the couple's are the case's.
 */
@Stateless
public class MilestoneService {

    private static final String ENTITY = "Milestone";
    private static final int MAX_DESCRIPTION = 1000;

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    CaseRecords records;

    @Inject
    StepRecordReader reader;

    /** The case's milestones the caller may see, oldest first. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<MilestoneView> list(long caseId) {
        CaseContext ctx = records.read(caseId, AuditAction.STEP_RECORDS_VIEW);
        List<MilestoneView> views = reader.milestones(ctx);
        records.audited(ctx, AuditAction.STEP_RECORDS_VIEW, "CareCase", caseId, null,
                views.size() + " milestone(s) listed");
        return views;
    }

    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public MilestoneView create(long caseId, MilestoneInput input) {
        CaseContext ctx = records.write(caseId, AuditAction.MILESTONE_CREATE);
        MilestoneInput in = input == null ? new MilestoneInput() : input;
        Long whose = whose(ctx, in, "new", AuditAction.MILESTONE_CREATE);
        String description = valid(in);
        Milestone m = new Milestone(caseId, whose, in.achievedOn, description,
                in.visibleToClient == null || in.visibleToClient, ctx.by(), Instant.now());
        em.persist(m);
        em.flush();
        records.audited(ctx, AuditAction.MILESTONE_CREATE, ENTITY, m.getId(), whose,
                m.isVisibleToClient() ? "shown to the client" : "hidden from the client");
        return reader.milestone(ctx, m);
    }

    /** Replaces a milestone's fields; {@code visibleToClient} left out keeps its current value. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public MilestoneView update(long caseId, long milestoneId, long expectedVersion, MilestoneInput input) {
        CaseContext ctx = records.write(caseId, AuditAction.MILESTONE_UPDATE);
        Milestone m = em.find(Milestone.class, milestoneId);
        if (m == null || m.getCaseId() != caseId) {
            throw new NotFoundException("Milestone", milestoneId);
        }
        if (m.getClientId() != null) {
            records.requireMayUseMember(ctx, m.getClientId(), AuditAction.MILESTONE_UPDATE, ENTITY, milestoneId);
        }
        CaseRecords.checkVersion(m.getVersion(), expectedVersion, "This milestone");
        MilestoneInput in = input == null ? new MilestoneInput() : input;
        Long whose = whose(ctx, in, milestoneId, AuditAction.MILESTONE_UPDATE);
        String description = valid(in);
        boolean visible = in.visibleToClient == null ? m.isVisibleToClient() : in.visibleToClient;
        m.change(whose, in.achievedOn, description, visible, ctx.by(), Instant.now());
        records.flush("This milestone");
        records.audited(ctx, AuditAction.MILESTONE_UPDATE, ENTITY, milestoneId, whose,
                visible ? "shown to the client" : "hidden from the client");
        return reader.milestone(ctx, m);
    }

    /** Whose milestone: a member of the case; none means the couple, or the one client of an individual case. */
    private Long whose(CaseContext ctx, MilestoneInput in, Object entityId, AuditAction action) {
        if (in.clientId == null) {
            return ctx.careCase().getKind() == CaseKind.INDIVIDUAL ? ctx.careCase().clientIds().get(0) : null;
        }
        return records.requireMember(ctx, "clientId", in.clientId, action, ENTITY, entityId)
                .clientId();
    }

    private String valid(MilestoneInput in) {
        Map<String, String> errors = new LinkedHashMap<>();
        String description = CaseRecords.required(in.description, "description", MAX_DESCRIPTION,
                "What was achieved", errors);
        LocalDate today = records.today();
        if (in.achievedOn == null) {
            errors.put("achievedOn", "The date is required.");
        } else if (in.achievedOn.isAfter(today)) {
            errors.put("achievedOn", "A milestone is something already achieved: the date cannot be in the future.");
        } else if (in.achievedOn.isBefore(today.minusYears(100))) {
            errors.put("achievedOn", "The date is not a plausible one.");
        }
        CaseRecords.throwIfAny(errors);
        return description;
    }
}

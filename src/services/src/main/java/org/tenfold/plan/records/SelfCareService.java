package org.tenfold.plan.records;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tenfold.audit.AuditAction;
import org.tenfold.platform.NotFoundException;
import org.tenfold.plan.records.CaseRecords.CaseContext;
import org.tenfold.plan.records.StepRecordInputs.SelfCareInput;
import org.tenfold.plan.records.StepRecordViews.SelfCarePlanView;
import org.tenfold.plan.records.StepRecordViews.SelfCareView;
import org.tenfold.staff.Roles;

/**
 * Self-care plans (step 9): per member of the case, activities with how often and a note, taken off
 * the plan (inactive) rather than deleted. A member's own records: audited with that member, and
 * following their sharing choice.
 */
@Stateless
public class SelfCareService {

    private static final String ENTITY = "SelfCareActivity";

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    CaseRecords records;

    @Inject
    StepRecordReader reader;

    /** Each member's plan the caller may see, in the case's member order; active activities first. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<SelfCarePlanView> plans(long caseId) {
        CaseContext ctx = records.read(caseId, AuditAction.STEP_RECORDS_VIEW);
        List<SelfCarePlanView> plans = reader.selfCare(ctx);
        records.audited(ctx, AuditAction.STEP_RECORDS_VIEW, "CareCase", caseId, null,
                plans.stream().mapToInt(p -> p.activities().size()).sum() + " self-care activity(ies) listed");
        return plans;
    }

    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public SelfCareView add(long caseId, SelfCareInput input) {
        CaseContext ctx = records.write(caseId, AuditAction.SELF_CARE_CREATE);
        SelfCareInput in = input == null ? new SelfCareInput() : input;
        records.requireMember(ctx, "clientId", in.clientId, AuditAction.SELF_CARE_CREATE, ENTITY, "new");
        Fields f = valid(in);
        SelfCareActivity a = new SelfCareActivity(caseId, in.clientId, f.activity, f.frequency, f.note, ctx.by(),
                Instant.now());
        em.persist(a);
        em.flush();
        records.audited(ctx, AuditAction.SELF_CARE_CREATE, ENTITY, a.getId(), in.clientId, "added");
        return reader.selfCare(ctx, a);
    }

    /** Replaces an activity's text, frequency and note; {@code active} left out keeps it as it is. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public SelfCareView update(long caseId, long activityId, long expectedVersion, SelfCareInput input) {
        CaseContext ctx = records.write(caseId, AuditAction.SELF_CARE_UPDATE);
        SelfCareActivity a = em.find(SelfCareActivity.class, activityId);
        if (a == null || a.getCaseId() != caseId) {
            throw new NotFoundException("Self-care activity", activityId);
        }
        records.requireMayUseMember(ctx, a.getClientId(), AuditAction.SELF_CARE_UPDATE, ENTITY, activityId);
        CaseRecords.checkVersion(a.getVersion(), expectedVersion, "This self-care activity");
        SelfCareInput in = input == null ? new SelfCareInput() : input;
        if (in.clientId != null && !in.clientId.equals(a.getClientId())) {
            CaseRecords.throwIfAny(Map.of("clientId", "An activity stays with its member; add it to the other member's plan instead."));
        }
        Fields f = valid(in);
        boolean active = in.active == null ? a.isActive() : in.active;
        a.change(f.activity, f.frequency, f.note, active, ctx.by(), Instant.now());
        records.flush("This self-care activity");
        records.audited(ctx, AuditAction.SELF_CARE_UPDATE, ENTITY, activityId, a.getClientId(),
                active ? "changed" : "taken off the plan");
        return reader.selfCare(ctx, a);
    }

    private record Fields(String activity, String frequency, String note) {
    }

    private static Fields valid(SelfCareInput in) {
        Map<String, String> errors = new LinkedHashMap<>();
        String activity = CaseRecords.required(in.activity, "activity", 500, "The activity", errors);
        String frequency = CaseRecords.required(in.frequency, "frequency", 100, "How often", errors);
        String note = CaseRecords.optional(in.note, "note", CaseRecords.MAX_NOTE, "The note", errors);
        CaseRecords.throwIfAny(errors);
        return new Fields(activity, frequency, note);
    }
}

package org.tenfold.plan.records;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.tenfold.audit.AuditAction;
import org.tenfold.plan.records.CaseRecords.CaseContext;
import org.tenfold.plan.records.StepRecordViews.StepRecordsView;
import org.tenfold.staff.Roles;

/**
 * All step records of a case in one view, for the plan screen and the plan and progress PDFs: the
 * members, then boundaries (4), milestones (7), education (8) and self-care (9), with the rule of
 * which fields clients may see. One access check and one audit row per member for the whole read.
 */
@Stateless
public class StepRecordsService {

    @Inject
    CaseRecords records;

    @Inject
    StepRecordReader reader;

    /** Everything, for clinicians. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public StepRecordsView get(long caseId) {
        CaseContext ctx = records.read(caseId, AuditAction.STEP_RECORDS_VIEW);
        StepRecordsView view = new StepRecordsView(caseId, ctx.careCase().getKind(), ctx.careCase().getStatus(),
                List.copyOf(ctx.members().values()), ctx.members().keySet().stream()
                        .filter(id -> !ctx.mayUseMember(id)).toList(),
                reader.boundaries(ctx), reader.milestones(ctx), reader.assignments(ctx), reader.selfCare(ctx),
                StepRecordsView.FIELDS, StepRecordsView.CLINICIAN);
        records.audited(ctx, AuditAction.STEP_RECORDS_VIEW, "CareCase", caseId, null, "all step records read");
        return view;
    }

    /** The version without clinician-only fields, as a client's PDF shows it. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public StepRecordsView forClients(long caseId) {
        return get(caseId).forClients();
    }
}

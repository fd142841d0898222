package org.tenfold.plan.records;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.tenfold.audit.AuditAction;
import org.tenfold.care.Disclosure;
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

    /** Everything the caller may see, for clinicians. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public StepRecordsView get(long caseId) {
        return read(records.read(caseId, AuditAction.STEP_RECORDS_VIEW), "all step records read");
    }

    /** The version without clinician-only fields of what the caller may see (the API's client audience). */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public StepRecordsView forClients(long caseId) {
        return get(caseId).forClients();
    }

    /**
     * What an output made for the case's clients may carry ({@code purpose}, and {@code subject} for a
     * member's own report or export), with clinician-only fields still in: the caller takes
     * {@link StepRecordsView#forClients()} for what clients read, the whole for a member's record export.
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public StepRecordsView forOutput(long caseId, Disclosure.Purpose purpose, Long subject) {
        CaseContext ctx = records.read(caseId, AuditAction.STEP_RECORDS_VIEW).forClients(purpose, subject);
        return read(ctx, "step records read for " + purpose.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }

    private StepRecordsView read(CaseContext ctx, String detail) {
        StepRecordsView view = reader.all(ctx);
        records.audited(ctx, AuditAction.STEP_RECORDS_VIEW, "CareCase", ctx.caseId(), null, detail);
        return view;
    }
}

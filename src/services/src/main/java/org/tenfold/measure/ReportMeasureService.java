package org.tenfold.measure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.care.AccessRule;
import org.tenfold.care.CareCase;
import org.tenfold.care.ClinicalAccess;
import org.tenfold.platform.BusinessException;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.platform.NotFoundException;
import org.tenfold.progress.ProgressReportEntry;
import org.tenfold.staff.Roles;

/**
 * Which questionnaires a draft progress report charts: chosen by the clinical staff who may use the report (as for
 * its summary); a released report keeps what it charted. The charts themselves are {@link ReportMeasures}'.
 */
@Stateless
public class ReportMeasureService {

    /** The most questionnaires one report charts. */
    public static final int MAX = 6;

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    ClinicalAccess access;

    @Inject
    InstrumentCatalogue catalogue;

    @Inject
    ReportMeasures measures;

    @Inject
    AuditTrail audit;

    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<String> chosen(long reportId) {
        ProgressReportEntry r = require(reportId, AuditAction.PROGRESS_REPORT_VIEW);
        return measures.chosen(r.getId());
    }

    /** Replaces the choice of a draft report (codes in the order to chart them). */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<String> choose(long reportId, List<String> codes) {
        ProgressReportEntry r = require(reportId, AuditAction.PROGRESS_REPORT_UPDATE);
        em.lock(r, LockModeType.PESSIMISTIC_WRITE);
        if (r.isReleased()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT,
                    "This report is released and cannot be changed; generate a new one.");
        }
        LinkedHashSet<String> wanted = new LinkedHashSet<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            if (code == null || code.isBlank() || catalogue.latest(code.strip()).isEmpty()) {
                throw new InvalidInputException("instruments", "There is no questionnaire " + code + ".");
            }
            wanted.add(code.strip());
        }
        if (wanted.size() > MAX) {
            throw new InvalidInputException("instruments", "A report charts at most " + MAX + " questionnaires.");
        }
        em.createNamedQuery("ReportMeasure.findOfReport", ReportMeasure.class).setParameter("reportId", reportId)
                .getResultList().forEach(em::remove);
        em.flush();
        List<String> list = new ArrayList<>(wanted);
        for (int i = 0; i < list.size(); i++) {
            em.persist(new ReportMeasure(reportId, list.get(i), i));
        }
        em.flush();
        audit.record(AuditAction.PROGRESS_REPORT_UPDATE, AuditOutcome.SUCCESS, "ProgressReport", reportId,
                r.getClientId(), list.size() + " questionnaire chart(s) chosen");
        return list;
    }

    private ProgressReportEntry require(long reportId, AuditAction action) {
        ProgressReportEntry r = em.find(ProgressReportEntry.class, reportId);
        if (r == null) {
            throw new NotFoundException("Progress report", reportId);
        }
        CareCase c = em.find(CareCase.class, r.getCaseId());
        AccessRule.Caller caller = access.requireCase(c, action);
        if (!access.disclosure(caller, c).mayShow(r.getOwnerClientId())) {
            throw access.refuse(action, "ProgressReport", reportId, List.of(r.getClientId()));
        }
        return r;
    }
}

package org.tenfold.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.care.CareCase;
import org.tenfold.care.CaseClosed;

/**
 * A case that closes stops asking: its active assignments stop and its questionnaires still waiting close (what
 * was answered is kept), in the closing's own transaction, so no link opens from that moment.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MeasureStops {

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    AuditTrail audit;

    public void caseClosed(@Observes CaseClosed closed) {
        CareCase c = closed.theCase();
        String by = closed.by();
        Instant now = closed.at();
        for (MeasureAssignment a : em.createQuery("SELECT a FROM MeasureAssignment a WHERE a.caseId = :c"
                + " AND a.status = :active", MeasureAssignment.class).setParameter("c", c.getId())
                .setParameter("active", AssignmentStatus.ACTIVE).getResultList()) {
            a.stop(StopReason.CASE_CLOSED, by, now);
            audit.recordAs(by, null, AuditAction.MEASURE_ASSIGNMENT_STOP, AuditOutcome.SUCCESS, "MeasureAssignment",
                    a.getId(), a.getClientId(), "stopped: the case closed");
        }
        AssignmentService.closeWaiting(em.createQuery("SELECT r FROM MeasureResponse r WHERE r.caseId = :c"
                + " AND r.status = :open", MeasureResponse.class).setParameter("c", c.getId())
                .setParameter("open", ResponseStatus.OPEN).getResultList(), now, by, audit, "the case closed");
    }
}

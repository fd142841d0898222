package org.tenfold.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.care.AccessRule;
import org.tenfold.care.CareCase;
import org.tenfold.care.CaseStatus;
import org.tenfold.care.ClinicalAccess;
import org.tenfold.care.Disclosure;
import org.tenfold.client.Client;
import org.tenfold.client.ClientStatus;
import org.tenfold.platform.BusinessException;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.staff.Staff;

/**
 * The drafts of a monthly batch, made for the counsellor who started it with the same access rule as a
 * draft they ask for themselves (their cases, each partner's own report only for who may use that
 * partner's records). Not a service a request reaches: only the batch worker calls it, for an item it
 * holds, inside the transaction that also finishes the item.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReportBatchDrafts {

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    ClinicalAccess access;

    @Inject
    AuditTrail audit;

    /**
     * A batch item's draft, made for the counsellor who started the batch, by the batch worker: right after
     * the start, or with nobody signed in when a batch is resumed after a restart. Only for an item this
     * worker run holds (its claim token); it runs in the caller's transaction, which finishes the item too.
     * What changed since the batch started refuses with a reason the batch shows: the case closed, the
     * client no longer active or no longer on the case, the counsellor no longer on it.
     */
    public long generate(ReportBatchItem item, String claimToken) {
        if (item == null || !item.claimedBy(claimToken)) {
            throw new IllegalStateException("This batch item is not held by this worker");
        }
        ReportBatch batch = em.find(ReportBatch.class, item.getBatchId());
        Staff counsellor = em.find(Staff.class, batch.getCounsellorId());
        CareCase c = em.find(CareCase.class, item.getCaseId());
        Client client = em.find(Client.class, item.getClientId());
        if (c == null || c.getStatus() != CaseStatus.OPEN) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "The case was closed after the batch started.");
        }
        if (client == null || client.getStatus() != ClientStatus.ACTIVE || !c.clientIds().contains(client.getId())) {
            throw new BusinessException(BusinessException.Kind.CONFLICT,
                    "The client is no longer an active member of the case.");
        }
        if (ChronoUnit.DAYS.between(batch.getPeriodFrom(), batch.getPeriodTo()) >= ProgressReportService.MAX_PERIOD_DAYS) {
            throw new InvalidInputException("to", "A report covers at most " + ProgressReportService.MAX_PERIOD_DAYS + " days.");
        }
        AccessRule.Caller caller = access.callerOf(counsellor);
        AccessRule.CaseFacts facts = access.facts(List.of(c)).get(0);
        Long owner = item.getKind() == ReportKind.JOINT ? null : client.getId();
        if (!counsellor.isActive() || !AccessRule.mayUseCase(caller, facts)
                || !Disclosure.forStaff(caller, facts).mayShow(owner)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN,
                    "The counsellor no longer works on this client's case.");
        }
        ProgressReportEntry entry = new ProgressReportEntry(client.getId(), c.getId(), item.getKind(),
                batch.getPeriodFrom(), batch.getPeriodTo(), counsellor.getUsername(), Instant.now(), batch.getId());
        em.persist(entry);
        em.flush();
        String detail = entry.getKind() + " draft for " + entry.getPeriodFrom() + " to " + entry.getPeriodTo()
                + " in batch " + batch.getId() + (batch.getResumeCount() > 0 ? ", resumed after a restart" : "");
        List<Long> clients = entry.getKind() == ReportKind.JOINT ? c.clientIds() : List.of(entry.getClientId());
        for (Long id : clients) {
            audit.recordAs(counsellor.getUsername(), null, AuditAction.PROGRESS_REPORT_GENERATE, AuditOutcome.SUCCESS,
                    ProgressReportService.ENTITY, entry.getId(), id, detail);
        }
        return entry.getId();
    }

}

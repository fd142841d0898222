package org.tenfold.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tenfold.audit.AuditAction;
import org.tenfold.progress.ProgressReportEntry;

/**
 * What staff see of a client's use of the portal: the account's state, the last sign-in, and which released
 * reports the client opened there (from the audit trail's downloads, the one record of them). No access check
 * here: the calling service has made it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PortalActivity {

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    public PortalViews.AccountView account(PortalAccount a) {
        // a client opens a handful of reports: the rows are few, grouped here
        java.util.Map<String, List<Instant>> byReport = new java.util.LinkedHashMap<>();
        em.createQuery("SELECT e.entityId, e.occurredAt FROM AuditEvent e WHERE e.clientId = :client"
                + " AND e.action = :action AND e.outcome = org.tenfold.audit.AuditOutcome.SUCCESS ORDER BY e.id",
                Object[].class).setParameter("client", a.getClientId()).setParameter("action", AuditAction.PORTAL_DOWNLOAD)
                .getResultList().forEach(r -> byReport.computeIfAbsent((String) r[0], k -> new java.util.ArrayList<>())
                        .add((Instant) r[1]));
        List<PortalViews.OpenedReport> opened = byReport.entrySet().stream().map(e -> {
            long id = Long.parseLong(e.getKey());
            ProgressReportEntry report = em.find(ProgressReportEntry.class, id);
            LocalDate from = report == null ? null : report.getPeriodFrom();
            LocalDate to = report == null ? null : report.getPeriodTo();
            return new PortalViews.OpenedReport(id, from, to, e.getValue().get(0), e.getValue().size());
        }).toList();
        return new PortalViews.AccountView(a.getClientId(), a.getStatus().name(), a.getEmail(), a.getInvitedAt(),
                a.getInvitedBy(), a.getActivatedAt(), a.getLastSignInAt(), a.isLockedAt(Instant.now()),
                a.hasSecondFactor(), opened);
    }
}

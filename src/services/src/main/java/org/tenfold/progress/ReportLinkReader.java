package org.tenfold.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.platform.SecretTokens;
import org.tenfold.progress.ProgressReportViews.ReportFile;

/**
 * Opens a one-time link without signing in: the token's SHA-256 finds the link, which must be unused and
 * unexpired; it is used up in the same transaction (a second request finds it used). Every opening and
 * every refused token is audited.
 */
@ApplicationScoped
@Transactional
public class ReportLinkReader {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** The released PDF, or empty when the token opens nothing (unknown, used or expired). */
    public Optional<ReportFile> open(String token, String sourceAddress) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Optional<ReportLink> found = em.createNamedQuery("ReportLink.findByHash", ReportLink.class)
                .setParameter("hash", SecretTokens.sha256(token)).getResultStream().findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ReportLink link = found.get();
        ProgressReportEntry r = em.find(ProgressReportEntry.class, link.getReportId());
        Instant now = Instant.now();
        if (!link.opensAt(now) || r == null || !r.isReleased()) {
            audit.recordAs("client-link", sourceAddress, AuditAction.PROGRESS_REPORT_LINK_OPEN, AuditOutcome.DENIED,
                    ProgressReportService.ENTITY, link.getReportId(), r == null ? null : r.getClientId(),
                    "link " + link.getId() + (link.getUsedAt() != null ? " already used" : " expired"));
            return Optional.empty();
        }
        link.use(now);
        em.flush();
        audit.recordAs("client-link", sourceAddress, AuditAction.PROGRESS_REPORT_LINK_OPEN, AuditOutcome.SUCCESS,
                ProgressReportService.ENTITY, r.getId(), r.getClientId(), "released PDF downloaded through link "
                        + link.getId());
        return Optional.of(new ReportFile(ProgressReportService.fileName(r), r.getReleasedPdf(), true));
    }
}

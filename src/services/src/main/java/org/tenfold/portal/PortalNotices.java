package org.tenfold.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.client.Client;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.platform.BusinessException;
import org.tenfold.progress.ReportReleased;

/**
 * Once a report's release has committed, each of its clients with a portal account (who still agrees to email,
 * when the clinic wants it) gets a discreet email: something new is there, sign in to see it. No attachment, no
 * word about what it is. A mail that cannot go out is logged, never undoes the release.
 */
@ApplicationScoped
public class PortalNotices {

    private static final Logger LOG = Logger.getLogger(PortalNotices.class.getName());

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    ClinicProfile clinic;

    @Inject
    PortalMail mail;

    @Inject
    PortalLinks links;

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void released(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReportReleased event) {
        PortalSettings settings = PortalSettings.of(clinic.all());
        if (!settings.notifyOnRelease()) {
            return;
        }
        for (long clientId : event.clientIds()) {
            PortalAccount account = em.createNamedQuery("PortalAccount.findByClient", PortalAccount.class)
                    .setParameter("clientId", clientId).getResultStream().findFirst().filter(PortalAccount::mayUse)
                    .orElse(null);
            Client client = em.find(Client.class, clientId);
            if (account == null || client == null || !client.isConsentEmail()) {
                continue;
            }
            String base = links.addressFor(account);
            if (base == null) {
                continue;
            }
            try {
                mail.send(account.getEmail(), settings.name(), PortalLetters.somethingNew(
                        PortalInvitations.firstName(client), settings.name(), base));
                audit.recordAs("system", null, AuditAction.PORTAL_NOTICE, AuditOutcome.SUCCESS, "ProgressReport",
                        event.reportId(), clientId, "release announced to the client by email (no attachment)");
            } catch (BusinessException e) {
                LOG.log(Level.WARNING, "The release of report {0} could not be announced to client {1}: {2}",
                        new Object[] {event.reportId(), clientId, e.getMessage()});
            }
        }
    }
}

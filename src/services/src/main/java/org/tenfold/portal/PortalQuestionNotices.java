package org.tenfold.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.client.Client;
import org.tenfold.clinic.ClinicProfile;

/**
 * A questionnaire that falls due for a client with a portal account is announced by the portal's own discreet
 * email: it waits in the portal, sign in to answer. No one-time link is made for it, so nothing in the mailbox
 * opens the questions without the client's password (a counsellor can still make a link in the room). Clients
 * without an account get the link as before ({@code org.tenfold.measure.MeasureSweep}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PortalQuestionNotices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

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

    /** Whether the client answers in their portal: an account they may sign in with, and a way to reach it. */
    public boolean answersInPortal(long clientId) {
        PortalAccount account = account(clientId);
        return account != null && links.addressFor(account) != null;
    }

    /**
     * Emails the client that questions wait in the portal until {@code until}; throws when the mail cannot go out
     * (the caller's transaction then keeps nothing and tries again later).
     */
    public void announce(Client client, long responseId, Instant until, String actor) {
        PortalAccount account = account(client.getId());
        PortalSettings settings = PortalSettings.of(clinic.all());
        String base = links.addressFor(account);
        mail.send(account.getEmail(), settings.name(), PortalLetters.questionsWaiting(
                PortalInvitations.firstName(client), settings.name(), base + "forms.xhtml",
                DAY.format(until.atZone(clinic.zone()))));
        audit.recordAs(actor, null, AuditAction.PORTAL_NOTICE, AuditOutcome.SUCCESS, "MeasureResponse", responseId,
                client.getId(), "questionnaire announced by email: answered in the portal (no link)");
    }

    private PortalAccount account(long clientId) {
        return em.createNamedQuery("PortalAccount.findByClient", PortalAccount.class).setParameter("clientId", clientId)
                .getResultStream().findFirst().filter(PortalAccount::mayUse).orElse(null);
    }
}

package org.tenfold.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.tenfold.client.Client;
import org.tenfold.client.ClientDetails;

/**
 * The one place that decides a client's email and SMS permissions: the ELECTRONIC_COMMUNICATION
 * consent. {@code Client.consentEmail} and {@code consentSms} are its copy, kept in step both ways:
 * recording the consent sets them ({@link #applyToClient}), and changing them on the client's form
 * records a new consent row against the active wording, witnessed by whoever saved the form
 * ({@link #recordFromProfile}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ConsentChannels {

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    /** Copies a recorded ELECTRONIC_COMMUNICATION decision onto the client. */
    public void applyToClient(Client client, ConsentRecord r, Instant now) {
        boolean email = Boolean.TRUE.equals(r.getByEmail());
        boolean sms = Boolean.TRUE.equals(r.getBySms());
        if (client.isConsentEmail() != email || client.isConsentSms() != sms) {
            ClientDetails d = client.details();
            d.setConsentEmail(email);
            d.setConsentSms(sms);
            client.apply(d, now);
        }
    }

    /**
     * Called after the client's form was saved: when its email/SMS choice differs from the current
     * consent, records the new one (GIVEN with the channels, or WITHDRAWN when both are off and
     * consent had been given). Returns the row written, or null.
     */
    public ConsentRecord recordFromProfile(Client client, String witness, Instant now) {
        List<ConsentRecord> current = em.createNamedQuery("ConsentRecord.findCurrent", ConsentRecord.class)
                .setParameter("clientIds", List.of(client.getId())).getResultList().stream()
                .filter(r -> r.getKind() == ConsentKind.ELECTRONIC_COMMUNICATION).toList();
        ConsentRecord latest = current.isEmpty() ? null : current.get(0);
        boolean email = client.isConsentEmail();
        boolean sms = client.isConsentSms();
        boolean givenNow = latest != null && latest.isAffirmative();
        if (latest != null && givenNow && Boolean.TRUE.equals(latest.getByEmail()) == email
                && Boolean.TRUE.equals(latest.getBySms()) == sms) {
            return null;
        }
        if (!email && !sms && !givenNow) {
            return null;
        }
        ConsentForm form = activeForm(ConsentKind.ELECTRONIC_COMMUNICATION);
        ConsentRecord r = new ConsentRecord(client.getId(), form, email || sms ? ConsentDecision.GIVEN
                : ConsentDecision.WITHDRAWN, email, sms, witness, now);
        em.persist(r);
        return r;
    }

    ConsentForm activeForm(ConsentKind kind) {
        return em.createNamedQuery("ConsentForm.findActive", ConsentForm.class).getResultList().stream()
                .filter(f -> f.getKind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("No active consent wording for " + kind));
    }
}

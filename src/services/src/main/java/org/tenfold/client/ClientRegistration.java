package org.tenfold.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.platform.DateLimits;
import org.tenfold.platform.Inputs;

/**
 * Registering a client, the one way for every caller (the client form, the API, a new enquiry): validated,
 * refused as a possible duplicate unless confirmed (registrations of one person run one after the other),
 * given a chart number, the contact consents recorded from the profile, audited. Runs inside the caller's
 * transaction, whose service has checked the roles.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ClientRegistration {

    private static final String ENTITY = "Client";

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Inputs inputs;

    @Inject
    org.tenfold.consent.ConsentChannels consentChannels;

    @Inject
    Principal caller;

    /**
     * Registers a client. When the legal name and date of birth match someone already registered the save is
     * refused with {@link ClientService.PossibleDuplicateException} unless the caller confirmed it.
     */
    public Client register(ClientDetails details, boolean duplicateConfirmed) {
        ClientDetails d = inputs.valid(details, "Client").normalized();
        DateLimits.check("dateOfBirth", d.getDateOfBirth());
        lockRegistrationsOf(d);
        if (!duplicateConfirmed) {
            List<Client> twins = possibleDuplicates(d, null);
            if (!twins.isEmpty()) {
                throw new ClientService.PossibleDuplicateException(twins);
            }
        }
        Instant now = Instant.now();
        Client client = new Client(d, now);
        em.persist(client);
        em.flush();
        client.assignChartNumber();
        consentChannels.recordFromProfile(client, caller.getName(), now);
        em.flush();
        audit.record(AuditAction.CLIENT_CREATE, AuditOutcome.SUCCESS, ENTITY, client.getId(), client.getId(),
                client.getChartNumber() + (duplicateConfirmed ? " (possible duplicate confirmed)" : ""));
        return client;
    }

    /** Clients with the same legal name and date of birth (accents and case ignored), for a warning. */
    public List<Client> possibleDuplicates(ClientDetails details, Long excludeId) {
        ClientDetails d = details.normalized();
        if (d.getLegalFirstName() == null || d.getLegalLastName() == null || d.getDateOfBirth() == null) {
            return List.of();
        }
        return em.createNamedQuery("Client.findPossibleDuplicates", Client.class)
                .setParameter("lastName", d.getLegalLastName()).setParameter("firstName", d.getLegalFirstName())
                .setParameter("dateOfBirth", d.getDateOfBirth())
                .setParameter("excludeId", excludeId == null ? -1L : excludeId).setMaxResults(10).getResultList();
    }

    /**
     * Takes the row lock for this legal name and date of birth until the transaction ends, so
     * concurrent registrations of one person run one after the other and the duplicate check holds.
     */
    private void lockRegistrationsOf(ClientDetails d) {
        if (d.getDateOfBirth() == null) {
            return; // no duplicate check without a date of birth
        }
        em.createNativeQuery("INSERT INTO client_registration_lock (identity_key) VALUES (?1) "
                        + "ON DUPLICATE KEY UPDATE identity_key = identity_key")
                .setParameter(1, d.getLegalLastName() + '\u001f' + d.getLegalFirstName() + '\u001f' + d.getDateOfBirth())
                .executeUpdate();
    }
}

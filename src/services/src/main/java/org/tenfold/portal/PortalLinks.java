package org.tenfold.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.platform.SecretTokens;

/**
 * One-time links to set a portal password: a random token in the email, its SHA-256 in the database; a new
 * link voids the account's earlier ones; a link works once, until it expires. Also where the portal is reached.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PortalLinks {

    public static final Duration INVITATION_LIFETIME = Duration.ofDays(7);
    public static final Duration NEW_PASSWORD_LIFETIME = Duration.ofHours(1);
    /** The portal's path below the server's address, and the page a link opens. */
    public static final String CONTEXT = "portal/";
    public static final String START = "start";

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    ClinicProfile clinic;

    /** A new link for the account (earlier ones void); returns the token for the email. */
    public String issue(PortalAccount account, PortalLinkPurpose purpose) {
        Instant now = Instant.now();
        em.createNamedQuery("PortalLink.voidOthers").setParameter("account", account.getId()).setParameter("now", now)
                .executeUpdate();
        String token = SecretTokens.newToken();
        Duration lifetime = purpose == PortalLinkPurpose.INVITATION ? INVITATION_LIFETIME : NEW_PASSWORD_LIFETIME;
        em.persist(new PortalLink(account.getId(), purpose, SecretTokens.sha256(token), now, now.plus(lifetime)));
        return token;
    }

    /** The link of a token, while it still works. */
    public Optional<PortalLink> usable(String token) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return em.createNamedQuery("PortalLink.findByHash", PortalLink.class)
                .setParameter("hash", SecretTokens.sha256(token)).getResultStream().findFirst()
                .filter(l -> l.isUsableAt(now));
    }

    /** Uses the link up: true for the one request that did. */
    public boolean useUp(PortalLink link) {
        return em.createNamedQuery("PortalLink.use").setParameter("id", link.getId()).setParameter("now", Instant.now())
                .executeUpdate() == 1;
    }

    /**
     * The portal's address: the clinic's setting, or else under the address that staff (or the client) used now.
     * {@code requestBase} is {@code https://host[:port]/}.
     */
    public String portalAddress(String requestBase) {
        String configured = PortalSettings.of(clinic.all()).address();
        if (!configured.isEmpty()) {
            return configured.endsWith("/") ? configured : configured + "/";
        }
        String base = requestBase == null || requestBase.isBlank() ? "https://localhost/" : requestBase;
        return (base.endsWith("/") ? base : base + "/") + CONTEXT;
    }

    /** Where an email to this account points: the clinic's setting, or else the address staff used when inviting. */
    public String addressFor(PortalAccount account) {
        return PortalSettings.of(clinic.all()).address().isEmpty() ? account.getLinkBase() : portalAddress(null);
    }

    public String linkTo(String requestBase, String token) {
        return portalAddress(requestBase) + START + "?t=" + token;
    }

    /** What a token from an email looks like (URL-safe Base64 of 32 bytes); nothing else is looked up. */
    public static boolean wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{32,64}");
    }
}

package org.tenfold.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.util.List;
import org.tenfold.care.CareCase;
import org.tenfold.client.Client;
import org.tenfold.plan.records.CaseRecords;
import org.tenfold.plan.records.CaseRecords.CaseContext;
import org.tenfold.platform.BusinessException;

/**
 * Who the signed-in client is, from the container's caller (never from anything a request names), and each of
 * their cases as they may read it in their portal: {@link CaseRecords#forPortal}, whose disclosure is
 * {@code Disclosure.forPortal} with the client as subject. Every portal read starts here.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PortalCallers {

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    Principal principal;

    @Inject
    CaseRecords records;

    /** The signed-in client and their account. */
    public record Signed(PortalAccount account, Client client) {

        public long clientId() {
            return client.getId();
        }

        public String actor() {
            return PortalRoles.principalOf(client.getChartNumber());
        }
    }

    public Signed me() {
        String name = principal == null ? null : principal.getName();
        if (name == null || !name.startsWith(PortalRoles.PRINCIPAL_PREFIX)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "Sign in to the portal first.");
        }
        String chart = name.substring(PortalRoles.PRINCIPAL_PREFIX.length());
        Client client = em.createQuery("SELECT c FROM Client c WHERE c.chartNumber = :chart", Client.class)
                .setParameter("chart", chart).getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.FORBIDDEN, "Sign in again."));
        PortalAccount account = em.createNamedQuery("PortalAccount.findByClient", PortalAccount.class)
                .setParameter("clientId", client.getId()).getResultStream().findFirst().filter(PortalAccount::mayUse)
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.FORBIDDEN, "Sign in again."));
        return new Signed(account, client);
    }

    /** The client's cases, open or closed, each as the client may read it. */
    public List<CaseContext> cases(Signed me) {
        return em.createNamedQuery("CareCase.findOfClients", CareCase.class)
                .setParameter("clientIds", List.of(me.clientId())).getResultList().stream()
                .map(c -> records.forPortal(c, me.clientId(), me.actor())).toList();
    }
}

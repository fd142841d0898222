package org.tenfold.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import org.tenfold.platform.Page;
import org.tenfold.staff.Roles;

/** The audit log, read by administrators. Reading it is itself audited. */
@Stateless
public class AuditLogService {

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @RolesAllowed(Roles.ADMIN)
    public Page<AuditEvent> search(AuditQuery query) {
        int size = Page.clampSize(query.size());
        int page = Page.clampPage(query.page());
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<AuditEvent> select = cb.createQuery(AuditEvent.class);
        Root<AuditEvent> event = select.from(AuditEvent.class);
        select.where(filters(cb, event, query)).orderBy(cb.desc(event.get("id")));
        List<AuditEvent> items = em.createQuery(select).setFirstResult(page * size).setMaxResults(size)
                .getResultList();

        long total = count(query);

        audit.record(AuditAction.AUDIT_VIEW, AuditOutcome.SUCCESS, null, null, null,
                "page " + page + " of the audit log");
        return new Page<>(items, total, page, size);
    }

    /** How many events match, for the pager. */
    @RolesAllowed(Roles.ADMIN)
    public long count(AuditQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<AuditEvent> counted = count.from(AuditEvent.class);
        count.select(cb.count(counted)).where(filters(cb, counted, query));
        return em.createQuery(count).getSingleResult();
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<AuditEvent> event, AuditQuery query) {
        List<Predicate> where = new ArrayList<>();
        if (query.actor() != null && !query.actor().isBlank()) {
            where.add(cb.equal(event.get("actor"), query.actor().strip()));
        }
        if (query.action() != null) {
            where.add(cb.equal(event.get("action"), query.action()));
        }
        if (query.clientId() != null) {
            where.add(cb.equal(event.get("clientId"), query.clientId()));
        }
        return where.toArray(Predicate[]::new);
    }
}

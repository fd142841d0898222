package org.tenfold.care;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tenfold.audit.AuditAction;
import org.tenfold.client.Client;
import org.tenfold.consent.ConsentDecision;
import org.tenfold.consent.ConsentKind;
import org.tenfold.consent.ConsentRecord;
import org.tenfold.platform.NotFoundException;
import org.tenfold.staff.Role;
import org.tenfold.staff.Staff;

/**
 * The one place that decides who may read or write clinical records; every clinical service method
 * asks it first, whatever the id came from (path, query, body, a screen's view parameter), because
 * the check sits in the service. It gathers the facts (the caller's roles and supervisees, their
 * live break-the-glass grants, the client's cases with their counsellors and sharing choices, the
 * client's intake appointments) and applies {@link AccessRule}. A refusal is audited as DENIED with
 * the client's id, in its own transaction, and raised as {@link AccessRefusedException} (403).
 * Successful reads and writes are audited by the calling service, with what was done.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ClinicalAccess {

    private static final String REFUSAL = "You are not among the counsellors of this client's care, nor their "
            + "supervisor. The attempt was recorded. In an emergency a counsellor may break the glass on the case.";

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    Principal principal;

    @Inject
    RefusalLog refusals;

    /** The signed-in member of staff, with their roles. */
    public Staff staff() {
        return em.createNamedQuery("Staff.findByUsername", Staff.class).setParameter("username", principal.getName())
                .getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No staff account " + principal.getName()));
    }

    /** The facts about the caller the rule needs. */
    public AccessRule.Caller caller() {
        return callerOf(staff());
    }

    /**
     * The same facts for a member of staff who is not the signed-in caller: work done on their behalf with
     * nobody signed in (a monthly report batch resumed after a restart).
     */
    public AccessRule.Caller callerOf(Staff me) {
        boolean supervisor = me.hasRole(Role.SUPERVISOR);
        Set<Long> supervisees = supervisor ? longs(em.createNativeQuery(
                "SELECT counsellor_id FROM supervision WHERE supervisor_id = ?1").setParameter(1, me.getId())
                .getResultList()) : Set.of();
        Set<Long> grants = new HashSet<>(em.createQuery("SELECT g.caseId FROM BreakGlassGrant g WHERE g.staffId = :me"
                + " AND g.expiresAt > :now AND g.grantedAt <= :now", Long.class).setParameter("me", me.getId())
                .setParameter("now", Instant.now()).getResultList());
        return new AccessRule.Caller(me.getId(), me.hasRole(Role.COUNSELLOR), supervisor, supervisees, grants);
    }

    /**
     * Checks that the caller may use this client's clinical records; refuses (audited) otherwise.
     * The client must exist (404 before any access question).
     */
    public AccessRule.Caller requireClient(long clientId, AuditAction action, String entityType, Object entityId) {
        existingClient(clientId);
        AccessRule.Caller caller = caller();
        if (!mayUseClient(caller, clientId)) {
            throw refuse(action, entityType, entityId, List.of(clientId));
        }
        return caller;
    }

    /** The client, or 404: asked before any question of access, and by non-clinical calls on a client. */
    public Client existingClient(long clientId) {
        Client client = em.find(Client.class, clientId);
        if (client == null) {
            throw new NotFoundException("Client", clientId);
        }
        return client;
    }

    /** The same check without auditing or refusing, e.g. to decide what to list. */
    public boolean mayUseClient(AccessRule.Caller caller, long clientId) {
        List<AccessRule.CaseFacts> cases = facts(em.createNamedQuery("CareCase.findOfClients", CareCase.class)
                .setParameter("clientIds", List.of(clientId)).getResultList());
        return AccessRule.mayUseClient(caller, clientId, cases, intakeCounsellors(clientId));
    }

    /** Checks that the caller may use the case itself; refuses (audited, once per member) otherwise. */
    public AccessRule.Caller requireCase(CareCase c, AuditAction action) {
        AccessRule.Caller caller = caller();
        if (!AccessRule.mayUseCase(caller, facts(List.of(c)).get(0))) {
            throw refuse(action, "CareCase", c.getId(), c.clientIds());
        }
        return caller;
    }

    public boolean mayUseCase(AccessRule.Caller caller, CareCase c) {
        return AccessRule.mayUseCase(caller, facts(List.of(c)).get(0));
    }

    public boolean worksOnCase(AccessRule.Caller caller, CareCase c) {
        return AccessRule.worksOnCase(caller, facts(List.of(c)).get(0));
    }

    /** What the signed-in caller may see of each member's own records in this case, on screen or through the API. */
    public Disclosure disclosure(CareCase c) {
        return disclosure(caller(), c);
    }

    public Disclosure disclosure(AccessRule.Caller caller, CareCase c) {
        return Disclosure.forStaff(caller, facts(List.of(c)).get(0));
    }

    /**
     * What an output made by the signed-in caller for the case's clients may carry of each member's own
     * records: a joint or own report, a member's record export, the plan's client copy.
     */
    public Disclosure disclosure(CareCase c, Disclosure.Purpose purpose, Long subject) {
        return Disclosure.forClients(purpose, caller(), facts(List.of(c)).get(0), subject);
    }

    /** Audits a refusal (its own transaction) and returns the exception to throw. */
    public AccessRefusedException refuse(AuditAction action, String entityType, Object entityId, List<Long> clientIds) {
        refusals.refused(action, entityType, entityId, clientIds, "refused: not on the client's care team");
        return new AccessRefusedException(REFUSAL);
    }

    /** The cases as the rule sees them, with each member's current sharing choice (one query for all). */
    public List<AccessRule.CaseFacts> facts(List<CareCase> cases) {
        Set<Long> clientIds = cases.stream().flatMap(c -> c.clientIds().stream()).collect(Collectors.toSet());
        Map<Long, Boolean> shares = clientIds.isEmpty() ? Map.of()
                : em.createNamedQuery("ConsentRecord.findCurrent", ConsentRecord.class)
                        .setParameter("clientIds", clientIds).getResultList().stream()
                        .filter(r -> r.getKind() == ConsentKind.PARTNER_SHARING)
                        .collect(Collectors.toMap(ConsentRecord::getClientId,
                                r -> r.getDecision() == ConsentDecision.SHARE, (a, b) -> b));
        return cases.stream().map(c -> new AccessRule.CaseFacts(c.getId(), c.getPrimaryCounsellorId(),
                c.getSecondCounsellorId(), c.getMembers().stream().map(m -> new AccessRule.Member(m.getClientId(),
                        m.getOwnCounsellorId(), shares.getOrDefault(m.getClientId(), false))).toList())).toList();
    }

    /** Counsellors of the client's intake appointments that still stand (not cancelled). */
    Set<Long> intakeCounsellors(long clientId) {
        return longs(em.createNativeQuery("SELECT DISTINCT a.counsellor_id FROM appointment a"
                + " JOIN appointment_client ac ON ac.appointment_id = a.id WHERE ac.client_id = ?1"
                + " AND a.type = 'INTAKE' AND a.status NOT IN ('CANCELLED', 'LATE_CANCEL')")
                .setParameter(1, clientId).getResultList());
    }

    private static Set<Long> longs(List<?> rows) {
        return rows.stream().map(r -> ((Number) r).longValue()).collect(Collectors.toSet());
    }
}

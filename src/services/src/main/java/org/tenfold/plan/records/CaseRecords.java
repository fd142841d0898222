package org.tenfold.plan.records;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.care.AccessRule;
import org.tenfold.care.CareCase;
import org.tenfold.care.CareViews.StaffRef;
import org.tenfold.care.CaseMember;
import org.tenfold.care.CaseStatus;
import org.tenfold.care.ClinicalAccess;
import org.tenfold.care.Disclosure;
import org.tenfold.client.Client;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.platform.BusinessException;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.platform.NotFoundException;
import org.tenfold.platform.StaleDataException;
import org.tenfold.plan.records.StepRecordViews.MemberRef;

/**
 * What every step-record service does first: find the case (404), ask {@link ClinicalAccess} (403,
 * audited), refuse changes to a closed case, check that a named client is a member (400) whom the
 * caller may use (403, audited), and audit what was done once per client concerned.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseRecords {

    static final int MAX_NOTE = 1000;

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    ClinicalAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    ClinicProfile clinic;

    /**
     * A case the caller may use, with its members' names, the caller's access facts and what the output
     * being made may carry of each member's own records ({@code disclosure}: the caller's own reading,
     * unless {@link #forClients} made it for an output that goes to clients).
     */
    public record CaseContext(CareCase careCase, AccessRule.Caller caller, AccessRule.CaseFacts facts,
            Map<Long, MemberRef> members, String by, Disclosure disclosure) {

        public long caseId() {
            return careCase.getId();
        }

        /** May the caller use this member's own records (their sharing choice applies)? Asked before a change. */
        public boolean mayUseMember(long clientId) {
            return AccessRule.mayUseMember(caller, facts, clientId);
        }

        /** May what is being made carry a record owned by this member (null: the couple's)? */
        public boolean mayShow(Long owner) {
            return disclosure.mayShow(owner);
        }

        /** The same case, for an output that goes to its clients. */
        public CaseContext forClients(Disclosure.Purpose purpose, Long subject) {
            return new CaseContext(careCase, caller, facts, members, by,
                    Disclosure.forClients(purpose, caller, facts, subject));
        }

        public MemberRef member(Long clientId) {
            return clientId == null ? null : members.get(clientId);
        }
    }

    /** For a read: the case must exist and the caller may use it (refused and audited otherwise). */
    public CaseContext read(long caseId, AuditAction action) {
        CareCase c = em.find(CareCase.class, caseId);
        if (c == null) {
            throw new NotFoundException("Case", caseId);
        }
        AccessRule.Caller caller = access.requireCase(c, action);
        AccessRule.CaseFacts facts = access.facts(List.of(c)).get(0);
        return new CaseContext(c, caller, facts, members(c), access.staff().getUsername(),
                Disclosure.forStaff(caller, facts));
    }

    /**
     * A case as a member reads it in their own portal ({@link Disclosure#forPortal}): no member of staff reads,
     * so there is no caller; the portal's service has checked that the client is a member.
     */
    public CaseContext forPortal(CareCase c, long client, String by) {
        AccessRule.CaseFacts facts = access.facts(List.of(c)).get(0);
        return new CaseContext(c, null, facts, members(c), by, Disclosure.forPortal(facts, client));
    }

    private Map<Long, MemberRef> members(CareCase c) {
        Map<Long, Client> clients = em.createQuery("SELECT c FROM Client c WHERE c.id IN :ids", Client.class)
                .setParameter("ids", c.clientIds()).getResultList().stream()
                .collect(Collectors.toMap(Client::getId, Function.identity()));
        Map<Long, MemberRef> members = new LinkedHashMap<>();
        // the partner in recovery, then the partner: the same order on every screen and report
        for (CaseMember m : c.getMembers().stream().sorted(Comparator.comparing(CaseMember::getRole)).toList()) {
            Client client = clients.get(m.getClientId());
            members.put(m.getClientId(), new MemberRef(m.getClientId(), client.getChartNumber(),
                    client.getDisplayName(), m.getRole()));
        }
        return members;
    }

    /** For a change: as {@link #read}, and the case must be open. */
    public CaseContext write(long caseId, AuditAction action) {
        CaseContext ctx = read(caseId, action);
        if (ctx.careCase().getStatus() == CaseStatus.CLOSED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT,
                    "This case is closed; reopen it to change its records.");
        }
        return ctx;
    }

    /**
     * The named client must be a member of the case (400 on {@code field} otherwise, with nothing said
     * about the client) and the caller must be allowed their own records (403, audited).
     */
    public MemberRef requireMember(CaseContext ctx, String field, Long clientId, AuditAction action,
            String entityType, Object entityId) {
        if (clientId == null) {
            throw new InvalidInputException(field, "Choose a member of this case.");
        }
        MemberRef member = ctx.members().get(clientId);
        if (member == null) {
            throw new InvalidInputException(field, "This client is not a member of this case.");
        }
        requireMayUseMember(ctx, clientId, action, entityType, entityId);
        return member;
    }

    /** The caller may use this member's own records, or is refused (audited with the member's id). */
    public void requireMayUseMember(CaseContext ctx, long clientId, AuditAction action, String entityType,
            Object entityId) {
        if (!ctx.mayUseMember(clientId)) {
            throw access.refuse(action, entityType, entityId, List.of(clientId));
        }
    }

    /** One SUCCESS audit row per client concerned: the named member, or every member when null. */
    public void audited(CaseContext ctx, AuditAction action, String entityType, Object entityId, Long clientId,
            String detail) {
        Collection<Long> clients = clientId == null ? ctx.members().keySet() : List.of(clientId);
        for (Long id : clients) {
            audit.record(action, AuditOutcome.SUCCESS, entityType, entityId, id, detail);
        }
    }

    /** Writes pending changes now, so a concurrent save shows as 412 rather than as a 500 at commit. */
    public void flush(String what) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleDataException(what);
        }
    }

    public static void checkVersion(long actual, Long expected, String what) {
        if (expected != null && expected != actual) {
            throw new StaleDataException(what);
        }
    }

    public LocalDate today() {
        return LocalDate.now(clinic.zone());
    }

    /** Names of these staff members, in one query. */
    public Map<Long, StaffRef> staffRefs(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT s.id, s.username, s.displayName FROM Staff s WHERE s.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> new StaffRef((Long) r[0], (String) r[1], (String) r[2])));
    }

    /** Text as stored: stripped, null when blank. */
    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Required text of at most {@code max} characters; the message goes to {@code errors} under {@code field}. */
    static String required(String value, String field, int max, String what, Map<String, String> errors) {
        String v = clean(value);
        if (v == null) {
            errors.put(field, what + " is required.");
        } else if (v.length() > max) {
            errors.put(field, what + " is at most " + max + " characters.");
        }
        return v;
    }

    /** Optional text of at most {@code max} characters. */
    static String optional(String value, String field, int max, String what, Map<String, String> errors) {
        String v = clean(value);
        if (v != null && v.length() > max) {
            errors.put(field, what + " is at most " + max + " characters.");
        }
        return v;
    }

    static void throwIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}

package org.tenfold.care;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.care.CareViews.BreakGlassView;
import org.tenfold.care.CareViews.CaseView;
import org.tenfold.care.CareViews.EventView;
import org.tenfold.care.CareViews.MemberView;
import org.tenfold.care.CareViews.StaffRef;
import org.tenfold.client.Client;
import org.tenfold.client.ClientDetails;
import org.tenfold.client.ClientStatus;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.intake.Intake;
import org.tenfold.intake.IntakeStatus;
import org.tenfold.platform.BusinessException;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.platform.NotFoundException;
import org.tenfold.platform.StaleDataException;
import org.tenfold.staff.Role;
import org.tenfold.staff.Roles;
import org.tenfold.staff.Staff;

/**
 * Cases: opened by reviewing the members' submitted intakes (each intake becomes REVIEWED, each
 * client ACTIVE), read, closed with a reason and reopened (each step kept in the case's history and
 * audited), and break-the-glass access for a counsellor not on the case. Every method admits every
 * staff role so that a refusal by {@link ClinicalAccess} is audited with the client's id; who may
 * actually do what is decided there.
 */
@Stateless
public class CaseService {

    private static final String ENTITY = "CareCase";
    private static final int MIN_REASON = 10;

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ClinicalAccess access;

    @Inject
    ClinicProfile clinic;

    /** Told of each closing, in its transaction (what else stops with the case: its questionnaires). */
    @Inject
    Event<CaseClosed> closings;

    /**
     * Opens a case from the members' submitted (or already reviewed) intakes. The caller must have
     * clinical access to every member (usually as the counsellor of their intake appointment).
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public CaseView open(OpenCase request) {
        if (request == null) {
            throw new InvalidInputException("case", "Send the case to open.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        List<OpenCase.Member> members = request.members == null ? List.of() : request.members;
        if (request.kind == null) {
            errors.put("kind", "Choose INDIVIDUAL or COUPLE.");
        }
        if (members.isEmpty() || members.stream().anyMatch(m -> m == null || m.clientId == null || m.role == null)) {
            errors.put("members", "Name each member's client and role.");
        }
        if (request.primaryCounsellorId == null) {
            errors.put("primaryCounsellorId", "Choose the primary counsellor.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // access first: nothing about these clients' intakes is said to someone who may not see them
        for (OpenCase.Member m : members) {
            access.requireClient(m.clientId, AuditAction.CASE_OPEN, "Client", m.clientId);
        }
        List<CaseMember> caseMembers = members.stream()
                .map(m -> new CaseMember(m.clientId, m.role, m.ownCounsellorId)).toList();
        String problem = CareCase.membersProblem(request.kind, caseMembers);
        if (problem != null) {
            errors.put("members", problem);
        }
        counsellor("primaryCounsellorId", request.primaryCounsellorId, errors);
        if (request.secondCounsellorId != null) {
            counsellor("secondCounsellorId", request.secondCounsellorId, errors);
            if (request.secondCounsellorId.equals(request.primaryCounsellorId)) {
                errors.put("secondCounsellorId", "The second counsellor must be someone other than the primary one.");
            }
        }
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).ownCounsellorId != null) {
                counsellor("members[" + i + "].ownCounsellorId", members.get(i).ownCounsellorId, errors);
            }
        }
        List<Intake> intakes = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Intake intake = em.createNamedQuery("Intake.findByClient", Intake.class)
                    .setParameter("clientId", members.get(i).clientId).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultStream().findFirst().orElse(null);
            if (intake == null || intake.getStatus() == IntakeStatus.DRAFT) {
                errors.put("members[" + i + "].clientId", "This client's intake has not been submitted yet.");
            } else {
                intakes.add(intake);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String by = access.staff().getUsername();
        Instant now = Instant.now();
        LocalDate openedOn = request.openedOn != null ? request.openedOn : LocalDate.now(clinic.zone());
        CareCase c = new CareCase(request.kind, request.primaryCounsellorId, request.secondCounsellorId, caseMembers,
                openedOn, by, now);
        em.persist(c);
        em.flush();
        em.persist(new CaseEvent(c.getId(), CaseEventKind.OPENED, null, null, by, now));
        for (Intake intake : intakes) {
            boolean wasSubmitted = intake.getStatus() == IntakeStatus.SUBMITTED;
            intake.review(by, now);
            if (wasSubmitted) {
                audit.record(AuditAction.INTAKE_REVIEW, AuditOutcome.SUCCESS, "Intake", intake.getId(),
                        intake.getClientId(), "reviewed; case " + c.getId() + " opened");
            }
            Client client = em.find(Client.class, intake.getClientId());
            if (client.getStatus() != ClientStatus.ACTIVE) {
                ClientDetails d = client.details();
                d.setStatus(ClientStatus.ACTIVE);
                client.apply(d, now);
            }
        }
        for (CaseMember m : caseMembers) {
            audit.record(AuditAction.CASE_OPEN, AuditOutcome.SUCCESS, ENTITY, c.getId(), m.getClientId(),
                    c.getKind() + " case, " + m.getRole());
        }
        em.flush();
        return view(c);
    }

    /** The case with its members, counsellors and history; audited per member. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public CaseView get(long caseId) {
        CareCase c = find(caseId);
        access.requireCase(c, AuditAction.CASE_VIEW);
        for (Long clientId : c.clientIds()) {
            audit.record(AuditAction.CASE_VIEW, AuditOutcome.SUCCESS, ENTITY, caseId, clientId, null);
        }
        return view(c);
    }

    /**
     * A client's cases that the caller may see (the client's chart). Refused, and audited, when the
     * caller may not use the client's clinical records at all.
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<CaseView> ofClient(long clientId) {
        AccessRule.Caller caller = access.requireClient(clientId, AuditAction.CASE_VIEW, "Client", clientId);
        List<CaseView> views = em.createNamedQuery("CareCase.findOfClients", CareCase.class)
                .setParameter("clientIds", List.of(clientId)).getResultList().stream()
                .filter(c -> access.mayUseCase(caller, c)).map(this::view).toList();
        audit.record(AuditAction.CASE_VIEW, AuditOutcome.SUCCESS, "Client", clientId, clientId,
                views.size() + " case(s) listed");
        return views;
    }

    /** Closes an open case with a reason; {@code expectedVersion} (when given) guards against a stale screen. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public CaseView close(long caseId, Long expectedVersion, CloseReason reason, String note) {
        CareCase c = find(caseId);
        access.requireCase(c, AuditAction.CASE_CLOSE);
        checkVersion(c, expectedVersion);
        if (reason == null) {
            throw new InvalidInputException("reason", "Choose why the case closes: COMPLETED, WITHDREW or REFERRED_ON.");
        }
        if (c.getStatus() == CaseStatus.CLOSED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "This case is closed already.");
        }
        Instant now = Instant.now();
        c.close(reason, LocalDate.now(clinic.zone()));
        closings.fire(new CaseClosed(c, by(), now));
        return changed(c, new CaseEvent(caseId, CaseEventKind.CLOSED, reason, clean(note), by(), now),
                AuditAction.CASE_CLOSE, "closed: " + reason);
    }

    /** Reopens a closed case; the earlier closing stays in the history. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public CaseView reopen(long caseId, Long expectedVersion, String note) {
        CareCase c = find(caseId);
        access.requireCase(c, AuditAction.CASE_REOPEN);
        checkVersion(c, expectedVersion);
        if (c.getStatus() == CaseStatus.OPEN) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "This case is open.");
        }
        c.reopen();
        return changed(c, new CaseEvent(caseId, CaseEventKind.REOPENED, null, clean(note), by(), Instant.now()),
                AuditAction.CASE_REOPEN, "reopened");
    }

    /**
     * Break the glass: a counsellor (or supervisor) not on the case gets access to it for
     * {@link BreakGlassGrant#LENGTH}, after giving a reason. Audited as BREAK_THE_GLASS for every
     * member, and the case's primary counsellor gets a task to look at it. Front desk and
     * administrators are refused (and audited); someone who may already use every member's records is
     * told so (a partner's own counsellor may break the glass to reach the other partner's).
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public BreakGlassView breakGlass(long caseId, String reason) {
        CareCase c = find(caseId);
        Staff me = access.staff();
        if (!me.hasRole(Role.COUNSELLOR) && !me.hasRole(Role.SUPERVISOR)) {
            throw access.refuse(AuditAction.BREAK_THE_GLASS, ENTITY, caseId, c.clientIds());
        }
        AccessRule.Caller own = access.caller().withoutGrants();
        if (access.worksOnCase(own, c) && access.disclosure(own, c).withheldMembers().isEmpty()) {
            // a partner's own counsellor works on the case yet may not use the other partner's records
            throw new BusinessException(BusinessException.Kind.CONFLICT,
                    "You work on this case already and may use every member's records; there is no glass to break.");
        }
        return grant(c, me, validReason(reason));
    }

    /**
     * Break the glass from a client's chart: a counsellor (or supervisor) who may not use this
     * client's records by their own place in care gets access to each open case the client is in,
     * as {@link #breakGlass} does for one case. Someone who may use the records already is told so;
     * a client in no open case has no glass to break.
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<BreakGlassView> breakGlassOnClient(long clientId, String reason) {
        access.existingClient(clientId);
        Staff me = access.staff();
        if (!me.hasRole(Role.COUNSELLOR) && !me.hasRole(Role.SUPERVISOR)) {
            throw access.refuse(AuditAction.BREAK_THE_GLASS, "Client", clientId, List.of(clientId));
        }
        if (access.mayUseClient(access.caller().withoutGrants(), clientId)) {
            throw new BusinessException(BusinessException.Kind.CONFLICT,
                    "You are among this client's counsellors already; there is no glass to break.");
        }
        List<CareCase> open = em.createNamedQuery("CareCase.findOfClients", CareCase.class)
                .setParameter("clientIds", List.of(clientId)).getResultList().stream()
                .filter(c -> c.getStatus() == CaseStatus.OPEN).toList();
        if (open.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT,
                    "This client is in no open case, so there is no case to open in an emergency.");
        }
        String why = validReason(reason);
        return open.stream().map(c -> grant(c, me, why)).toList();
    }

    private static String validReason(String reason) {
        String why = clean(reason);
        if (why == null || why.length() < MIN_REASON || why.length() > 1000) {
            throw new InvalidInputException("reason", "Say why you need this case now, in 10 to 1,000 characters.");
        }
        return why;
    }

    /** Records the grant, audits it for every member and tells the case's primary counsellor. */
    private BreakGlassView grant(CareCase c, Staff me, String why) {
        long caseId = c.getId();
        Instant now = Instant.now();
        BreakGlassGrant grant = new BreakGlassGrant(caseId, me.getId(), why, now);
        em.persist(grant);
        em.flush();
        for (Long clientId : c.clientIds()) {
            audit.record(AuditAction.BREAK_THE_GLASS, AuditOutcome.SUCCESS, ENTITY, caseId, clientId,
                    "EMERGENCY ACCESS by " + me.getUsername() + " until " + grant.getExpiresAt() + ": " + why);
        }
        Client first = em.find(Client.class, c.clientIds().get(0));
        Task notice = new Task(c.getPrimaryCounsellorId(), first.getId(), TaskKind.BREAK_GLASS_NOTICE,
                "Emergency access to a case you lead (" + first.getChartNumber() + "): please look", now, me.getUsername(),
                now);
        em.persist(notice);
        em.flush();
        audit.record(AuditAction.TASK_CREATE, AuditOutcome.SUCCESS, "Task", notice.getId(), first.getId(),
                "break-the-glass notice for staff " + c.getPrimaryCounsellorId());
        return breakGlassView(grant, staffRefs(Set.of(me.getId())), now);
    }

    /** Every break-the-glass access to the case, newest first, for the case's counsellors. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<BreakGlassView> breakGlassOf(long caseId) {
        CareCase c = find(caseId);
        access.requireCase(c, AuditAction.BREAK_THE_GLASS_VIEW);
        List<BreakGlassGrant> grants = em.createNamedQuery("BreakGlassGrant.findByCase", BreakGlassGrant.class)
                .setParameter("caseId", caseId).getResultList();
        Map<Long, StaffRef> staff = staffRefs(grants.stream().map(BreakGlassGrant::getStaffId).collect(Collectors.toSet()));
        Instant now = Instant.now();
        for (Long clientId : c.clientIds()) {
            audit.record(AuditAction.BREAK_THE_GLASS_VIEW, AuditOutcome.SUCCESS, ENTITY, caseId, clientId,
                    grants.size() + " access(es) listed");
        }
        return grants.stream().map(g -> breakGlassView(g, staff, now)).toList();
    }

    private CaseView changed(CareCase c, CaseEvent event, AuditAction action, String detail) {
        em.persist(event);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleDataException("This case");
        }
        for (Long clientId : c.clientIds()) {
            audit.record(action, AuditOutcome.SUCCESS, ENTITY, c.getId(), clientId, detail);
        }
        return view(c);
    }

    private static void checkVersion(CareCase c, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != c.getVersion()) {
            throw new StaleDataException("This case");
        }
    }

    private void counsellor(String field, Long id, Map<String, String> errors) {
        Staff s = em.find(Staff.class, id);
        if (s == null || !s.isActive() || !(s.hasRole(Role.COUNSELLOR) || s.hasRole(Role.SUPERVISOR))) {
            errors.put(field, "Choose an active counsellor.");
        }
    }

    private CareCase find(long caseId) {
        CareCase c = em.find(CareCase.class, caseId);
        if (c == null) {
            throw new NotFoundException("Case", caseId);
        }
        return c;
    }

    private String by() {
        return access.staff().getUsername();
    }

    /** The case as a screen shows it: names of members and counsellors, and the history, in three queries. */
    CaseView view(CareCase c) {
        Set<Long> staffIds = new java.util.HashSet<>();
        staffIds.add(c.getPrimaryCounsellorId());
        if (c.getSecondCounsellorId() != null) {
            staffIds.add(c.getSecondCounsellorId());
        }
        c.getMembers().stream().filter(m -> m.getOwnCounsellorId() != null).forEach(m -> staffIds.add(m.getOwnCounsellorId()));
        Map<Long, StaffRef> staff = staffRefs(staffIds);
        Map<Long, Client> clients = em.createQuery("SELECT c FROM Client c WHERE c.id IN :ids", Client.class)
                .setParameter("ids", c.clientIds()).getResultList().stream()
                .collect(Collectors.toMap(Client::getId, Function.identity()));
        List<MemberView> members = c.getMembers().stream().map(m -> {
            Client client = clients.get(m.getClientId());
            return new MemberView(m.getClientId(), client.getChartNumber(), client.getDisplayName(), m.getRole(),
                    m.getOwnCounsellorId() == null ? null : staff.get(m.getOwnCounsellorId()));
        }).toList();
        List<EventView> history = em.createQuery("SELECT e FROM CaseEvent e WHERE e.caseId = :id ORDER BY e.id",
                CaseEvent.class).setParameter("id", c.getId()).getResultList().stream()
                .map(e -> new EventView(e.getEvent(), e.getCloseReason(), e.getNote(), e.getHappenedAt(),
                        e.getHappenedBy())).toList();
        return new CaseView(c.getId(), c.getKind(), c.getStatus(), staff.get(c.getPrimaryCounsellorId()),
                c.getSecondCounsellorId() == null ? null : staff.get(c.getSecondCounsellorId()), members,
                c.getOpenedOn(), c.getClosedOn(), c.getCloseReason(), history, c.getVersion());
    }

    private Map<Long, StaffRef> staffRefs(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT s.id, s.username, s.displayName FROM Staff s WHERE s.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> new StaffRef((Long) r[0], (String) r[1], (String) r[2])));
    }

    private static BreakGlassView breakGlassView(BreakGlassGrant g, Map<Long, StaffRef> staff, Instant now) {
        return new BreakGlassView(g.getId(), g.getCaseId(), staff.get(g.getStaffId()), g.getReason(), g.getGrantedAt(),
                g.getExpiresAt(), g.isActiveAt(now));
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

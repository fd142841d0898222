package org.tenfold.measure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.care.AccessRule;
import org.tenfold.care.CareCase;
import org.tenfold.care.CaseStatus;
import org.tenfold.care.ClinicalAccess;
import org.tenfold.care.Disclosure;
import org.tenfold.client.Client;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.measure.MeasureViews.AssignmentView;
import org.tenfold.measure.MeasureViews.MemberRef;
import org.tenfold.platform.BusinessException;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.platform.NotFoundException;
import org.tenfold.staff.Roles;

/**
 * Assigning questionnaires to case members on a schedule, listing and stopping them. An assignment is its
 * member's own record: only those who may use that member's records assign, read or stop it. A questionnaire due
 * at once (once, today) is made in the same transaction; the schedule makes the rest and emails their links.
 */
@Stateless
public class AssignmentService {

    private static final String ENTITY = "MeasureAssignment";

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    ClinicalAccess access;

    @Inject
    MeasureAccess measureAccess;

    @Inject
    InstrumentCatalogue catalogue;

    @Inject
    MeasurePlanner planner;

    @Inject
    ClinicProfile clinic;

    @Inject
    AuditTrail audit;

    /** What an assignment asks for. */
    public record NewAssignment(Long clientId, String instrumentCode, Schedule schedule, Integer leadHours,
            Integer intervalWeeks, LocalDate startsOn, Delivery delivery, String note) {
    }

    /**
     * Assigns a questionnaire to a member of an open case; {@code linkBase} is the address the caller reached
     * Tenfold at (for links sent later, unless the clinic sets its own).
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public AssignmentView assign(long caseId, NewAssignment request, String linkBase) {
        CareCase c = measureAccess.existingCase(caseId);
        NewAssignment r = request == null ? new NewAssignment(null, null, null, null, null, null, null, null) : request;
        if (r.clientId() == null || !c.clientIds().contains(r.clientId())) {
            throw new InvalidInputException("clientId", "Choose a member of this case.");
        }
        measureAccess.requireMember(c, r.clientId(), AuditAction.MEASURE_ASSIGN, "CareCase", caseId);
        if (c.getStatus() != CaseStatus.OPEN) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "This case is closed: reopen it first.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Instrument instrument = null;
        try {
            instrument = catalogue.requireLatest(r.instrumentCode(), "instrumentCode");
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
        }
        String problem = MeasureAssignment.scheduleProblem(r.schedule(), r.leadHours(), r.intervalWeeks());
        if (problem != null) {
            errors.put(r.schedule() == null ? "schedule" : r.schedule() == Schedule.BEFORE_APPOINTMENT ? "leadHours"
                    : "intervalWeeks", problem);
        }
        LocalDate today = LocalDate.now(clinic.zone());
        LocalDate startsOn = r.startsOn() == null ? today : r.startsOn();
        if (startsOn.isBefore(today) || startsOn.isAfter(today.plusYears(1))) {
            errors.put("startsOn", "Start today or on a day within the next year.");
        }
        Delivery delivery = r.delivery() == null ? Delivery.EMAIL : r.delivery();
        Client client = em.find(Client.class, r.clientId());
        if (delivery == Delivery.EMAIL && (!client.isConsentEmail() || client.getEmail() == null
                || client.getEmail().isBlank())) {
            errors.put("delivery", client.getDisplayName() + " has not agreed to email (or has no address): choose"
                    + " IN_SESSION, or record their agreement first.");
        }
        String note = r.note() == null || r.note().isBlank() ? null : r.note().strip();
        if (note != null && note.length() > MeasureAssignment.NOTE_MAX) {
            errors.put("note", "A note is at most " + MeasureAssignment.NOTE_MAX + " characters.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = Instant.now();
        String by = access.staff().getUsername();
        MeasureAssignment a = new MeasureAssignment(caseId, r.clientId(), instrument.getCode(), r.schedule(),
                r.leadHours(), r.intervalWeeks(), startsOn, delivery, note, cleanBase(linkBase), by, now);
        em.persist(a);
        em.flush();
        audit.record(AuditAction.MEASURE_ASSIGN, AuditOutcome.SUCCESS, ENTITY, a.getId(), r.clientId(),
                "questionnaire assigned in case " + caseId);
        planner.plan(a, now, by);
        return views(List.of(a)).get(0);
    }

    /** The case's assignments the caller may see (each member's own), newest first; audited. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<AssignmentView> ofCase(long caseId) {
        CareCase c = measureAccess.existingCase(caseId);
        AccessRule.Caller caller = access.requireCase(c, AuditAction.MEASURE_VIEW);
        Disclosure disclosure = access.disclosure(caller, c);
        List<MeasureAssignment> kept = disclosure.keep(em.createNamedQuery("MeasureAssignment.findOfCase",
                MeasureAssignment.class).setParameter("caseId", caseId).getResultList(), MeasureAssignment::getClientId);
        for (Long clientId : c.clientIds()) {
            if (disclosure.mayShow(clientId)) {
                audit.record(AuditAction.MEASURE_VIEW, AuditOutcome.SUCCESS, "CareCase", caseId, clientId,
                        "questionnaire assignments listed");
            }
        }
        return views(kept);
    }

    /** A client's assignments in every case, as far as the caller may see them; audited. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<AssignmentView> ofClient(long clientId) {
        AccessRule.Caller caller = access.requireClient(clientId, AuditAction.MEASURE_VIEW, "Client", clientId);
        MeasureAccess.Disclosures d = measureAccess.disclosures(caller);
        List<MeasureAssignment> kept = em.createNamedQuery("MeasureAssignment.findOfClient", MeasureAssignment.class)
                .setParameter("clientId", clientId).getResultList().stream()
                .filter(a -> d.mayShow(a.getCaseId(), clientId)).toList();
        audit.record(AuditAction.MEASURE_VIEW, AuditOutcome.SUCCESS, "Client", clientId, clientId,
                kept.size() + " questionnaire assignment(s) listed");
        return views(kept);
    }

    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public AssignmentView get(long id) {
        MeasureAssignment a = find(id);
        measureAccess.requireMember(measureAccess.existingCase(a.getCaseId()), a.getClientId(), AuditAction.MEASURE_VIEW,
                ENTITY, id);
        audit.record(AuditAction.MEASURE_VIEW, AuditOutcome.SUCCESS, ENTITY, id, a.getClientId(), "assignment read");
        return views(List.of(a)).get(0);
    }

    /** Stops an assignment; its questionnaires still waiting are closed, what was answered is kept. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public AssignmentView stop(long id) {
        MeasureAssignment a = em.find(MeasureAssignment.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw new NotFoundException("Questionnaire assignment", id);
        }
        measureAccess.requireMember(measureAccess.existingCase(a.getCaseId()), a.getClientId(),
                AuditAction.MEASURE_ASSIGNMENT_STOP, ENTITY, id);
        if (!a.isActive()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "This assignment has stopped already.");
        }
        Instant now = Instant.now();
        String by = access.staff().getUsername();
        a.stop(StopReason.BY_STAFF, by, now);
        closeWaiting(em.createQuery("SELECT r FROM MeasureResponse r WHERE r.assignmentId = :a AND r.status = :open",
                MeasureResponse.class).setParameter("a", id).setParameter("open", ResponseStatus.OPEN).getResultList(),
                now, by, audit, "its assignment stopped");
        audit.record(AuditAction.MEASURE_ASSIGNMENT_STOP, AuditOutcome.SUCCESS, ENTITY, id, a.getClientId(),
                "stopped by staff");
        return views(List.of(a)).get(0);
    }

    static void closeWaiting(List<MeasureResponse> waiting, Instant now, String by, AuditTrail audit, String why) {
        for (MeasureResponse r : waiting) {
            r.close(ResponseStatus.CANCELLED, now);
            audit.recordAs(by, null, AuditAction.MEASURE_CLOSE, AuditOutcome.SUCCESS, MeasureAccess.ENTITY, r.getId(),
                    r.getClientId(), "closed unanswered: " + why);
        }
    }

    private MeasureAssignment find(long id) {
        MeasureAssignment a = em.find(MeasureAssignment.class, id);
        if (a == null) {
            throw new NotFoundException("Questionnaire assignment", id);
        }
        return a;
    }

    private List<AssignmentView> views(List<MeasureAssignment> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, Client> clients = em.createQuery("SELECT c FROM Client c WHERE c.id IN :ids", Client.class)
                .setParameter("ids", list.stream().map(MeasureAssignment::getClientId).distinct().toList())
                .getResultList().stream().collect(Collectors.toMap(Client::getId, c -> c));
        return list.stream().map(a -> {
            Client c = clients.get(a.getClientId());
            String title = catalogue.latest(a.getInstrumentCode()).map(Instrument::getTitle).orElse(a.getInstrumentCode());
            return new AssignmentView(a.getId(), a.getCaseId(), new MemberRef(c.getId(), c.getChartNumber(),
                    c.getDisplayName()), a.getInstrumentCode(), title, a.getSchedule(), a.getLeadHours(),
                    a.getIntervalWeeks(), a.getStartsOn(), a.getDelivery(), a.getNote(), a.getStatus(),
                    a.getStopReason(), a.getCreatedBy(), a.getCreatedAt(), a.getStoppedAt(), a.getVersion());
        }).toList();
    }

    /** The address as given by the web layer (scheme, host, port, context, ending in a slash), or null. */
    static String cleanBase(String base) {
        if (base == null || base.isBlank() || base.length() > 300 || !base.matches("https?://[^\\s?#]+")) {
            return null;
        }
        return base.endsWith("/") ? base : base + "/";
    }
}

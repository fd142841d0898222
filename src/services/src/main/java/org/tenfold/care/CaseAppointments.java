package org.tenfold.care;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.client.Client;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.note.NoteStatus;
import org.tenfold.platform.NotFoundException;
import org.tenfold.scheduling.Appointment;
import org.tenfold.scheduling.AppointmentStatus;
import org.tenfold.scheduling.CaseChoice;
import org.tenfold.scheduling.CalendarQueries;
import org.tenfold.staff.Roles;

/**
 * The appointments booked for a case: when (also in the clinic's zone), type, counsellor, status,
 * which members attend and, for a held session, whether its note exists and is signed — never any
 * note text. All upcoming ones and those of the last twelve months, newest first.
 *
 * <p>Who sees what, decided here only: front desk and administrators see every appointment of the
 * case (as on the calendar) without the note's state. Counsellors and supervisors must be allowed the
 * case by the access rule (refused, audited, 403 otherwise) and then see, as on the chart's
 * Appointments tab and their calendar, only the appointments they hold themselves — so the other
 * partner's own counsellor never sees a partner's individual session held by someone else.
 */
@Stateless
public class CaseAppointments {

    /** How far back the list goes; everything upcoming is listed. */
    public static final int MONTHS_BACK = 12;

    /** One member of the case at an appointment. */
    public record Attendee(long clientId, String displayName, String chartNumber, CaseRole role) implements Serializable {
    }

    /**
     * One appointment of the case. {@code attendance} is {@code BOTH} (every member of a couple),
     * {@code IN_RECOVERY}, {@code PARTNER} (one partner) or {@code INDIVIDUAL}; {@code note} is
     * {@code NONE}, {@code DRAFT}, {@code SIGNED_PENDING_COSIGN} or {@code SIGNED} for a held session
     * shown to clinical staff, and null otherwise.
     */
    public record Item(long id, Instant startsAt, Instant endsAt, LocalDateTime localStart, String zone,
            String type, long counsellorId, String counsellor, AppointmentStatus status, String statusLabel,
            String attendance, List<Attendee> attendees, String note) implements Serializable {
    }

    /** A case with the appointments the caller may see. */
    public record CaseList(long caseId, CaseKind kind, CaseStatus caseStatus, String label, boolean ownOnly,
            List<Item> items) implements Serializable {
    }

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    ClinicalAccess access;

    @Inject
    ClinicProfile clinic;

    @Inject
    CalendarQueries scheduling;

    @Resource
    SessionContext context;

    @Inject
    AuditTrail audit;

    /** One case's appointments; 404 for no such case, 403 (audited) for clinical staff not allowed the case. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public CaseList ofCase(long caseId) {
        CareCase c = em.find(CareCase.class, caseId);
        if (c == null) {
            throw new NotFoundException("Case", caseId);
        }
        if (ownOnly()) {
            access.requireCase(c, AuditAction.CASE_VIEW);
        }
        CaseList list = list(c);
        for (Long clientId : c.clientIds()) {
            audit.record(AuditAction.APPOINTMENT_VIEW, AuditOutcome.SUCCESS, "CareCase", caseId, clientId,
                    list.items().size() + " appointment(s) of the case listed");
        }
        return list;
    }

    /**
     * The cases of a client with their appointments, as the chart shows them: every case for front
     * desk and administrators, for clinical staff those the rule allows them (none when it allows
     * none; the chart's clinical tabs tell of that refusal).
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<CaseList> ofClient(long clientId) {
        access.existingClient(clientId);
        List<CareCase> cases = em.createNamedQuery("CareCase.findOfClients", CareCase.class)
                .setParameter("clientIds", List.of(clientId)).getResultList();
        boolean ownOnly = ownOnly();
        AccessRule.Caller caller = ownOnly ? access.caller() : null;
        List<CaseList> lists = new ArrayList<>();
        for (CareCase c : cases) {
            if (!ownOnly || access.mayUseCase(caller, c)) {
                lists.add(list(c));
            }
        }
        lists.sort((a, b) -> Long.compare(b.caseId(), a.caseId()));
        audit.record(AuditAction.APPOINTMENT_VIEW, AuditOutcome.SUCCESS, "Client", clientId, clientId,
                "appointments of " + lists.size() + " case(s) listed");
        return lists;
    }

    /** Counsellors and supervisors who are not also front desk or administrators see their own appointments only. */
    private boolean ownOnly() {
        return !context.isCallerInRole(Roles.FRONT_DESK) && !context.isCallerInRole(Roles.ADMIN);
    }

    private CaseList list(CareCase c) {
        boolean ownOnly = ownOnly();
        ZoneId zone = clinic.zone();
        Instant since = Instant.now().atZone(zone).minusMonths(MONTHS_BACK).toInstant();
        StringBuilder jpql = new StringBuilder("SELECT DISTINCT a FROM Appointment a JOIN FETCH a.counsellor"
                + " LEFT JOIN FETCH a.clients WHERE a.caseId = :case AND a.startsAt >= :since");
        if (ownOnly) {
            jpql.append(" AND a.counsellor.username = :me");
        }
        var query = em.createQuery(jpql.toString(), Appointment.class).setParameter("case", c.getId())
                .setParameter("since", since);
        if (ownOnly) {
            query.setParameter("me", context.getCallerPrincipal().getName());
        }
        List<Appointment> found = new ArrayList<>(query.getResultList());
        found.sort((a, b) -> {
            int byStart = b.getStartsAt().compareTo(a.getStartsAt());
            return byStart != 0 ? byStart : Long.compare(b.getId(), a.getId());
        });
        Map<Long, NoteStatus> notes = new HashMap<>();
        List<Long> held = found.stream().filter(CaseAppointments::held).map(Appointment::getId).toList();
        if (ownOnly && !held.isEmpty()) {
            em.createQuery("SELECT n.appointmentId, n.status FROM SessionNote n WHERE n.appointmentId IN :ids",
                    Object[].class).setParameter("ids", held).getResultList()
                    .forEach(r -> notes.put(((Number) r[0]).longValue(), (NoteStatus) r[1]));
        }
        Map<Long, CaseRole> roles = new HashMap<>();
        c.getMembers().forEach(m -> roles.put(m.getClientId(), m.getRole()));
        List<Item> items = new ArrayList<>();
        for (Appointment a : found) {
            List<Attendee> attendees = a.getClients().stream()
                    .sorted(java.util.Comparator.comparing((Client k) -> roles.containsKey(k.getId())
                            ? roles.get(k.getId()).ordinal() : Integer.MAX_VALUE).thenComparing(Client::getId))
                    .map(k -> new Attendee(k.getId(), k.getDisplayName(), k.getChartNumber(), roles.get(k.getId())))
                    .toList();
            String note = ownOnly && held(a) ? (notes.containsKey(a.getId()) ? notes.get(a.getId()).name() : "NONE")
                    : null;
            items.add(new Item(a.getId(), a.getStartsAt(), a.getEndsAt(),
                    a.getStartsAt().atZone(zone).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES), zone.getId(),
                    a.getType().name(), a.getCounsellor().getId(), a.getCounsellor().getDisplayName(), a.getStatus(),
                    a.getStatus().label(), attendance(c, attendees), attendees, note));
        }
        CaseChoice choice = scheduling.caseChoice(c.getId());
        return new CaseList(c.getId(), c.getKind(), c.getStatus(), choice.label(), ownOnly, List.copyOf(items));
    }

    private static boolean held(Appointment a) {
        return a.getStatus() == AppointmentStatus.CHECKED_IN || a.getStatus() == AppointmentStatus.COMPLETED;
    }

    /** BOTH when every member of a couple's case attends; else the one member's role. */
    static String attendance(CareCase c, List<Attendee> attendees) {
        List<CaseRole> present = attendees.stream().map(Attendee::role).filter(java.util.Objects::nonNull).distinct()
                .toList();
        if (c.getKind() == CaseKind.COUPLE && present.size() >= 2) {
            return "BOTH";
        }
        return present.isEmpty() ? "NONE" : present.get(0).name();
    }
}

package org.tenfold.note;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.care.AccessRule;
import org.tenfold.care.CareCase;
import org.tenfold.care.ClinicalAccess;
import org.tenfold.care.Disclosure;
import org.tenfold.client.Client;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.clinic.SettingKey;
import org.tenfold.note.NoteViews.HomeworkChoice;
import org.tenfold.note.NoteViews.MissingNote;
import org.tenfold.note.NoteViews.MySession;
import org.tenfold.note.NoteViews.NoteSummary;
import org.tenfold.note.NoteViews.RatingPoint;
import org.tenfold.platform.NotFoundException;
import org.tenfold.scheduling.Appointment;
import org.tenfold.scheduling.AppointmentStatus;
import org.tenfold.staff.Roles;
import org.tenfold.staff.Staff;

/**
 * What counsellors and supervisors look up about notes: a client's notes, the co-signature queue, held
 * sessions without a signed note, each step's ratings over time, the caller's recent sessions and the
 * homework a draft may link. Each list holds only what the caller may read ({@link NoteGuard}) and is
 * audited.
 */
@Stateless
public class NoteQueries {

    /** How far back "my sessions" reaches. */
    static final int RECENT_DAYS = 14;

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ClinicalAccess access;

    @Inject
    ClinicProfile clinic;

    @Inject
    NoteLinks links;

    @Inject
    NoteGuard guard;

    @Inject
    NoteViewer viewer;

    /** The notes filed into a client's chart that the caller may read, newest first. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<NoteSummary> ofClient(long clientId) {
        AccessRule.Caller caller = access.requireClient(clientId, AuditAction.NOTE_VIEW, "Client", clientId);
        List<SessionNote> notes = em.createNamedQuery("SessionNote.findOfClient", SessionNote.class)
                .setParameter("clientId", clientId).getResultList().stream()
                .filter(n -> guard.readable(n, caller)).toList();
        audit.record(AuditAction.NOTE_VIEW, AuditOutcome.SUCCESS, "Client", clientId, clientId,
                notes.size() + " note(s) listed");
        return viewer.summaries(notes);
    }

    /** Notes of the counsellors the caller supervises that await the caller's co-signature. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<NoteSummary> cosignQueue() {
        Staff me = access.staff();
        if (!NoteGuard.clinical(me)) {
            throw access.refuse(AuditAction.NOTE_VIEW, NoteGuard.ENTITY, "cosign-queue", List.of());
        }
        Set<Long> supervisees = guard.supervisees(me.getId());
        List<SessionNote> notes = supervisees.isEmpty() ? List.of() : em.createNamedQuery(
                "SessionNote.findPendingOfAuthors", SessionNote.class).setParameter("authorIds", supervisees)
                .getResultList();
        audit.record(AuditAction.NOTE_VIEW, AuditOutcome.SUCCESS, NoteGuard.ENTITY, "cosign-queue", null,
                notes.size() + " note(s) awaiting co-signature");
        return viewer.summaries(notes);
    }

    /**
     * Held sessions (checked in or completed, ended more than the clinic's allowance of hours ago)
     * without a signed note: the caller's own, and those of the counsellors they supervise.
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<MissingNote> missing() {
        Staff me = access.staff();
        if (!NoteGuard.clinical(me)) {
            throw access.refuse(AuditAction.NOTE_VIEW, NoteGuard.ENTITY, "missing", List.of());
        }
        Set<Long> counsellors = new HashSet<>(guard.supervisees(me.getId()));
        counsellors.add(me.getId());
        Instant now = Instant.now();
        Instant cutoff = now.minus(Duration.ofHours(missingAfterHours()));
        List<Appointment> held = em.createQuery("SELECT DISTINCT a FROM Appointment a LEFT JOIN FETCH a.clients"
                + " WHERE a.counsellor.id IN :ids AND a.status IN :held AND a.endsAt <= :cutoff AND NOT EXISTS"
                + " (SELECT n FROM SessionNote n WHERE n.appointmentId = a.id"
                + " AND n.status <> org.tenfold.note.NoteStatus.DRAFT) ORDER BY a.startsAt", Appointment.class)
                .setParameter("ids", counsellors).setParameter("held", List.of(AppointmentStatus.CHECKED_IN,
                        AppointmentStatus.COMPLETED)).setParameter("cutoff", cutoff).getResultList();
        Map<Long, SessionNote> drafts = notesOf(held.stream().map(Appointment::getId).toList());
        List<MissingNote> out = new ArrayList<>();
        for (Appointment a : held) {
            SessionNote n = drafts.get(a.getId());
            out.add(new MissingNote(a.getId(), a.getStartsAt(), a.getEndsAt(), a.getCounsellor().getId(),
                    a.getCounsellor().getDisplayName(), names(a), n == null ? null : n.getId(),
                    n == null ? null : n.getStatus(), Duration.between(a.getEndsAt(), now).toHours()));
        }
        audit.record(AuditAction.NOTE_VIEW, AuditOutcome.SUCCESS, NoteGuard.ENTITY, "missing", null,
                out.size() + " missing note(s) listed");
        return out;
    }

    /**
     * Each step's ratings over time in the case's signed notes that the caller may read (a partner's
     * individual sessions follow their sharing choice), oldest first: what a plan's progress charts
     * show. Only ratings are read, never text; the read is audited once per member of the case.
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public Map<String, List<RatingPoint>> stepProgress(long caseId) {
        CareCase c = em.find(CareCase.class, caseId);
        if (c == null) {
            throw new NotFoundException("Case", caseId);
        }
        AccessRule.Caller caller = access.requireCase(c, AuditAction.NOTE_VIEW);
        List<Object[]> rows = em.createQuery("SELECT n, s.stepCode, s.rating, a.startsAt FROM SessionNote n"
                + " JOIN n.steps s, Appointment a WHERE a.id = n.appointmentId AND n.caseId = :caseId"
                + " AND n.status = :signed AND s.rating IS NOT NULL ORDER BY a.startsAt, s.position", Object[].class)
                .setParameter("caseId", caseId).setParameter("signed", NoteStatus.SIGNED).getResultList();
        // the case's facts once, not per note: the rule of guard.readable(note, caller) for this one case
        boolean wholeCase = access.mayUseCase(caller, c);
        Disclosure disclosure = access.disclosure(caller, c);
        Map<Long, Boolean> readable = new HashMap<>();
        Map<String, List<RatingPoint>> out = new LinkedHashMap<>();
        for (Object[] r : rows) {
            SessionNote n = (SessionNote) r[0];
            if (readable.computeIfAbsent(n.getId(), id -> n.getAuthorId() == caller.staffId()
                    || (n.getOwnerClientId() == null ? wholeCase : disclosure.mayShow(n.getOwnerClientId())))) {
                out.computeIfAbsent((String) r[1], k -> new ArrayList<>()).add(new RatingPoint(
                        LocalDate.ofInstant((Instant) r[3], clinic.zone()), (Integer) r[2], n.getOwnerClientId()));
            }
        }
        for (Long clientId : c.clientIds()) {
            audit.record(AuditAction.NOTE_VIEW, AuditOutcome.SUCCESS, "CareCase", caseId, clientId,
                    "step ratings of " + readable.values().stream().filter(b -> b).count() + " signed note(s) read");
        }
        return out;
    }

    /** The caller's held sessions of the last two weeks and today, with their notes' state, newest first. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<MySession> mySessions() {
        Staff me = access.staff();
        if (!NoteGuard.clinical(me)) {
            throw access.refuse(AuditAction.NOTE_VIEW, NoteGuard.ENTITY, "my-sessions", List.of());
        }
        LocalDate today = LocalDate.now(clinic.zone());
        Instant from = today.minusDays(RECENT_DAYS).atStartOfDay(clinic.zone()).toInstant();
        Instant to = today.plusDays(1).atStartOfDay(clinic.zone()).toInstant();
        List<Appointment> held = em.createQuery("SELECT DISTINCT a FROM Appointment a LEFT JOIN FETCH a.clients"
                + " WHERE a.counsellor.id = :me AND a.status IN :held AND a.startsAt >= :from AND a.startsAt < :to"
                + " ORDER BY a.startsAt DESC", Appointment.class).setParameter("me", me.getId())
                .setParameter("held", List.of(AppointmentStatus.CHECKED_IN, AppointmentStatus.COMPLETED))
                .setParameter("from", from).setParameter("to", to).getResultList();
        Map<Long, SessionNote> notes = notesOf(held.stream().map(Appointment::getId).toList());
        return held.stream().map(a -> {
            SessionNote n = notes.get(a.getId());
            return new MySession(a.getId(), a.getStartsAt(), a.getEndsAt(), a.getType().name(), names(a),
                    n == null ? null : n.getId(), n == null ? null : n.getStatus());
        }).toList();
    }

    /**
     * The homework the author may link in a draft: the note's clients' active self-care activities and
     * open education assignments (a partner's own ones follow their sharing choice). Audited per client.
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<HomeworkChoice> homeworkChoices(long noteId) {
        SessionNote note = guard.find(noteId);
        guard.requireAuthor(note, AuditAction.STEP_RECORDS_VIEW);
        List<Long> clientIds = note.getOwnerClientId() != null ? List.of(note.getOwnerClientId())
                : List.copyOf(note.getClientIds());
        List<HomeworkChoice> choices = links.of(note.getCaseId()).choices(clientIds);
        for (Long clientId : clientIds) {
            audit.record(AuditAction.STEP_RECORDS_VIEW, AuditOutcome.SUCCESS, "CareCase", note.getCaseId(), clientId,
                    "homework choices for note " + noteId + " read");
        }
        return choices;
    }

    /** The clinic's allowance of hours after a session before its note counts as missing. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public long missingAfterHours() {
        try {
            long h = Long.parseLong(clinic.all().get(SettingKey.NOTE_MISSING_AFTER_HOURS).strip());
            return h < 0 ? 48 : h;
        } catch (RuntimeException e) {
            return Long.parseLong(SettingKey.NOTE_MISSING_AFTER_HOURS.defaultValue());
        }
    }

    private Map<Long, SessionNote> notesOf(List<Long> appointmentIds) {
        if (appointmentIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT n FROM SessionNote n WHERE n.appointmentId IN :ids", SessionNote.class)
                .setParameter("ids", appointmentIds).getResultList().stream()
                .collect(Collectors.toMap(SessionNote::getAppointmentId, n -> n));
    }

    private static List<String> names(Appointment a) {
        return a.getClients().stream().map(c -> c.getDisplayName() + " (" + c.getChartNumber() + ")").sorted()
                .toList();
    }
}

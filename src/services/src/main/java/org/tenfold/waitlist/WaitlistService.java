package org.tenfold.waitlist;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.client.Client;
import org.tenfold.client.ClientDetails;
import org.tenfold.client.ClientStatus;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.persistence.InstantConverter;
import org.tenfold.platform.BusinessException;
import org.tenfold.platform.Inputs;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.platform.NotFoundException;
import org.tenfold.platform.StaleDataException;
import org.tenfold.scheduling.Appointment;
import org.tenfold.scheduling.AppointmentType;
import org.tenfold.scheduling.Booking;
import org.tenfold.scheduling.BookingService;
import org.tenfold.scheduling.ScheduleViews.AppointmentView;
import org.tenfold.scheduling.ScheduleLocks;
import org.tenfold.scheduling.TimeSlot;
import org.tenfold.staff.Role;
import org.tenfold.staff.Roles;
import org.tenfold.staff.Staff;

/**
 * The waitlist. Front desk and administrators add, edit and remove entries, find who fits a slot
 * that a cancellation freed, and book one of them into it in one step; counsellors read the entries
 * that name them. Booking goes through {@link BookingService#book} in the same transaction, so all its
 * checks and locks apply; the entry is locked first ({@link ScheduleLocks} says the order), so two attempts
 * to book one entry run one after the other and the second finds it booked.
 */
@Stateless
public class WaitlistService {

    private static final String ENTRY = "WaitlistEntry";
    private static final InstantConverter UTC = new InstantConverter();
    private static final String LIVE = "a.status NOT IN ('CANCELLED', 'LATE_CANCEL') AND a.starts_at < ?1"
            + " AND a.ends_at > ?2";

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Inputs inputs;

    @Inject
    ClinicProfile clinic;

    @Inject
    BookingService booking;

    @Inject
    ScheduleLocks locks;

    @Resource
    SessionContext context;

    /**
     * The waiting entries, oldest first, with their clients and counsellor. Counsellors and
     * supervisors see only the entries that name them. The read is audited.
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<WaitlistView> waiting() {
        boolean everyone = context.isCallerInRole(Roles.FRONT_DESK) || context.isCallerInRole(Roles.ADMIN);
        String jpql = "SELECT DISTINCT e FROM WaitlistEntry e LEFT JOIN FETCH e.counsellor JOIN FETCH e.clients"
                + " WHERE e.status = :waiting" + (everyone ? "" : " AND e.counsellorId = :self")
                + " ORDER BY e.addedAt, e.id";
        var query = em.createQuery(jpql, WaitlistEntry.class).setParameter("waiting", WaitlistStatus.WAITING);
        if (!everyone) {
            query.setParameter("self", self().getId());
        }
        List<WaitlistEntry> entries = query.setMaxResults(2000).getResultList();
        audit.record(AuditAction.WAITLIST_VIEW, AuditOutcome.SUCCESS, ENTRY, null, null,
                entries.size() + " waiting" + (everyone ? "" : " for " + caller()));
        return WaitlistView.of(entries);
    }

    /**
     * Puts a client, or both partners of a couple, on the waitlist. A client still at the enquiry
     * stage moves to the waitlist stage (recorded as a change of the client).
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    public WaitlistView add(WaitlistRequest request) {
        Staff counsellor = checked(request);
        Set<Client> clients = locks.clients(request.getClientIds());
        Instant now = Instant.now();
        WaitlistEntry entry = new WaitlistEntry(clients, counsellor, request.getType(), request.getDays(),
                request.getEarliest(), request.getLatest(), clean(request.getFrontDeskNote()), caller(), now);
        for (Client c : clients) {
            moveStage(c, ClientStatus.ENQUIRY, ClientStatus.WAITLIST, "put on the waitlist", now);
        }
        em.persist(entry);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleDataException("A client's record");
        }
        for (Client c : clients) {
            audit.record(AuditAction.WAITLIST_ADD, AuditOutcome.SUCCESS, ENTRY, entry.getId(), c.getId(),
                    entry.getType() + (counsellor == null ? " with anyone" : " with " + counsellor.getUsername()));
        }
        return WaitlistView.of(entry);
    }

    /**
     * Changes what suits a waiting entry's clients (counsellor, type, days, times, note) with the
     * rules of {@link #add}, to the version the editor read. The clients stay (the request may name
     * them again, or none), and so does the time the entry was added: it keeps its place in the
     * queue. An entry booked or taken off the list meanwhile is refused, and so is an edit of a
     * version someone else has changed since; either way nothing is saved.
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    public WaitlistView update(long id, long expectedVersion, WaitlistRequest request) {
        WaitlistEntry entry = lockEntry(id);
        List<Long> clientIds = entry.getClients().stream().map(Client::getId).sorted().toList();
        if (request != null && request.getClientIds().isEmpty()) {
            request.setClientIds(clientIds);
        }
        Staff counsellor = checked(request);
        if (!new HashSet<>(request.getClientIds()).equals(new HashSet<>(clientIds))) {
            throw new InvalidInputException("clientIds", "The clients of a waitlist entry stay as they are: to put "
                    + "someone else on the list, add a new entry.");
        }
        if (entry.getStatus() != WaitlistStatus.WAITING) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "This waitlist entry is "
                    + (entry.getStatus() == WaitlistStatus.BOOKED ? "already booked (appointment "
                            + entry.getAppointmentId() + ")" : "off the list") + ", so it can no longer be changed."
                    + " Nothing was saved.");
        }
        if (entry.getVersion() != expectedVersion) {
            throw new StaleDataException("This waitlist entry");
        }
        String note = clean(request.getFrontDeskNote());
        String changed = changes(entry, counsellor, request, note);
        entry.change(counsellor, request.getType(), request.getDays(), request.getEarliest(), request.getLatest(),
                note);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleDataException("This waitlist entry");
        }
        for (Client c : entry.getClients()) {
            audit.record(AuditAction.WAITLIST_EDIT, AuditOutcome.SUCCESS, ENTRY, id, c.getId(), "changed: " + changed);
        }
        return WaitlistView.of(entry);
    }

    /**
     * Takes a waiting entry off the list, with the reason. A client at the waitlist stage with no other
     * waiting entry goes back to the enquiry stage (recorded as a change of the client).
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    public WaitlistView remove(long id, String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new InvalidInputException("reason", "Give the reason for taking the entry off the waitlist "
                    + "(at most 500 characters).");
        }
        WaitlistEntry entry = lockEntry(id);
        Instant now = Instant.now();
        try {
            entry.remove(reason, caller(), now);
        } catch (IllegalStateException e) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, e.getMessage() + ".");
        }
        for (Client c : locks.clients(entry.getClients().stream().map(Client::getId).toList())) {
            if (!waitingElsewhere(c.getId(), id)) {
                moveStage(c, ClientStatus.WAITLIST, ClientStatus.ENQUIRY, "taken off the waitlist", now);
            }
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleDataException("A client's record");
        }
        for (Client c : entry.getClients()) {
            audit.record(AuditAction.WAITLIST_REMOVE, AuditOutcome.SUCCESS, ENTRY, id, c.getId(),
                    "removed: " + entry.getRemovedReason());
        }
        return WaitlistView.of(entry);
    }

    /** The slot a cancelled appointment freed: its counsellor, room or video link, and times. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    public Opening freedBy(long cancelledAppointmentId) {
        Opening opening = openingOf(cancelledAppointmentId);
        if (opening == null) {
            throw new InvalidInputException("appointmentId", "Appointment " + cancelledAppointmentId
                    + " is not cancelled, so its slot is not free.");
        }
        return opening;
    }

    /**
     * The waiting entries that fit the slot, oldest first: the counsellor preferred or anyone, a
     * preferred day, the type's length inside the slot and inside the preferred times, and every
     * client free then. A slot that has already begun fits no one. The read is audited.
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    public List<WaitlistView> matches(Opening opening) {
        if (opening == null || opening.counsellorId() == null) {
            throw new InvalidInputException("counsellorId", "Name the counsellor of the slot.");
        }
        if (opening.start() == null || opening.end() == null || !opening.start().isBefore(opening.end())) {
            throw new InvalidInputException("start", "Give the slot's start and end, the start first.");
        }
        List<WaitlistEntry> found = fitting(opening);
        audit.record(AuditAction.WAITLIST_VIEW, AuditOutcome.SUCCESS, ENTRY, null, null, found.size()
                + " fit " + opening.start() + "–" + opening.end() + " with counsellor " + opening.counsellorId()
                + (opening.appointmentId() == null ? "" : " (freed by appointment " + opening.appointmentId() + ")"));
        return WaitlistView.of(found);
    }

    /**
     * How many waiting entries fit the slot a cancelled appointment freed; 0 while it still holds its
     * slot. A handful of queries whatever the length of the list, for the calendar's cancel dialog.
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    public int countMatches(long cancelledAppointmentId) {
        Opening opening = openingOf(cancelledAppointmentId);
        return opening == null ? 0 : fitting(opening).size();
    }

    /**
     * Books a waiting entry into a slot in one step: its clients and type, the slot's counsellor,
     * room or video link and start, with every check of a booking. On a conflict nothing is booked
     * and the entry keeps waiting; an entry that is no longer waiting is refused.
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    public AppointmentView book(long entryId, Opening opening) {
        if (opening == null || opening.start() == null) {
            throw new InvalidInputException("start", "Give the start of the slot, or the cancelled appointment.");
        }
        if (opening.counsellorId() == null) {
            throw new InvalidInputException("counsellorId", "Choose the counsellor.");
        }
        if (!opening.start().isAfter(Instant.now())) {
            throw new InvalidInputException("start", "That slot has already begun: book a client from the waitlist "
                    + "into a slot that is still ahead.");
        }
        WaitlistEntry entry = lockEntry(entryId);
        if (entry.getStatus() != WaitlistStatus.WAITING) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "This waitlist entry is "
                    + (entry.getStatus() == WaitlistStatus.BOOKED ? "already booked (appointment "
                            + entry.getAppointmentId() + ")" : "off the list") + ". Nothing was booked.");
        }
        Booking booking = new Booking();
        booking.setCounsellorId(opening.counsellorId());
        booking.setRoomId(opening.roomId());
        booking.setVideoLink(opening.roomId() == null ? opening.videoLink() : null);
        booking.setClientIds(entry.getClients().stream().map(Client::getId).toList());
        booking.setType(entry.getType());
        booking.setStart(opening.start());
        AppointmentView appointment = this.booking.book(booking);
        entry.markBooked(appointment.id(), caller(), Instant.now());
        for (Client c : entry.getClients()) {
            audit.record(AuditAction.WAITLIST_BOOK, AuditOutcome.SUCCESS, ENTRY, entryId, c.getId(),
                    "booked as appointment " + appointment.id() + " at " + appointment.start()
                            + (opening.appointmentId() == null ? "" : ", freed by " + opening.appointmentId()));
        }
        return appointment;
    }

    /** Books a waiting entry into the slot a cancelled appointment freed. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    public AppointmentView bookFreedSlot(long entryId, long cancelledAppointmentId) {
        return book(entryId, freedBy(cancelledAppointmentId));
    }

    // ---- matching --------------------------------------------------------------------------------

    /**
     * Three queries whatever the length of the list: the candidates (status, counsellor, the types
     * that fit the slot's length, the earliest time), then who of the counsellor, the room and the
     * candidates' clients is busy in the stretch the longest of them would need. The rest is checked
     * in memory.
     */
    private List<WaitlistEntry> fitting(Opening opening) {
        Instant now = Instant.now();
        if (!opening.start().isAfter(now)) {
            return List.of();
        }
        Duration slot = Duration.between(opening.start(), opening.end());
        List<AppointmentType> types = Arrays.stream(AppointmentType.values())
                .filter(t -> t.defaultLength().compareTo(slot) <= 0).toList();
        if (types.isEmpty()) {
            return List.of();
        }
        ZoneId zone = clinic.zone();
        LocalTime localStart = opening.start().atZone(zone).toLocalTime();
        long counsellor = opening.counsellorId();
        List<WaitlistEntry> candidates = em.createQuery("SELECT DISTINCT e FROM WaitlistEntry e"
                        + " LEFT JOIN FETCH e.counsellor JOIN FETCH e.clients WHERE e.status = :waiting"
                        + " AND (e.counsellorId IS NULL OR e.counsellorId = :counsellor) AND e.type IN :types"
                        + " AND (e.earliest IS NULL OR e.earliest <= :start) ORDER BY e.addedAt, e.id",
                        WaitlistEntry.class)
                .setParameter("waiting", WaitlistStatus.WAITING).setParameter("counsellor", counsellor)
                .setParameter("types", types).setParameter("start", localStart).getResultList().stream()
                .filter(e -> e.fits(counsellor, opening.start(), opening.end(), zone)).toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        Instant until = opening.start().plus(candidates.stream().map(WaitlistEntry::length)
                .max(Duration::compareTo).orElseThrow());
        Object to = utc(until);
        Object from = utc(opening.start());

        List<TimeSlot> resourceBusy = new ArrayList<>();
        rows("SELECT a.id, a.starts_at, a.ends_at FROM appointment a WHERE " + LIVE
                + " AND (a.counsellor_id = ?3 OR a.room_id = ?4)", List.of(to, from, counsellor,
                        opening.roomId() == null ? -1L : opening.roomId()))
                .forEach(r -> resourceBusy.add(slotOf(r[1], r[2])));

        Set<Long> clientIds = candidates.stream().flatMap(e -> e.getClients().stream()).map(Client::getId)
                .collect(Collectors.toCollection(TreeSet::new));
        List<Object> params = new ArrayList<>(List.of(to, from));
        params.addAll(clientIds);
        String in = java.util.stream.IntStream.range(0, clientIds.size()).mapToObj(i -> "?" + (i + 3))
                .collect(Collectors.joining(", "));
        Map<Long, List<TimeSlot>> clientBusy = new HashMap<>();
        rows("SELECT ac.client_id, a.starts_at, a.ends_at FROM appointment a JOIN appointment_client ac"
                + " ON ac.appointment_id = a.id WHERE " + LIVE + " AND ac.client_id IN (" + in + ")", params)
                .forEach(r -> clientBusy.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                        .add(slotOf(r[1], r[2])));

        return candidates.stream().filter(e -> {
            TimeSlot wanted = TimeSlot.of(opening.start(), e.length());
            return resourceBusy.stream().noneMatch(wanted::overlaps) && e.getClients().stream()
                    .allMatch(c -> clientBusy.getOrDefault(c.getId(), List.of()).stream().noneMatch(wanted::overlaps));
        }).toList();
    }

    /** The slot of a cancelled appointment, or null while the appointment still holds it. */
    private Opening openingOf(long appointmentId) {
        List<Appointment> found = em.createQuery("SELECT a FROM Appointment a JOIN FETCH a.counsellor"
                + " LEFT JOIN FETCH a.room WHERE a.id = :id", Appointment.class).setParameter("id", appointmentId)
                .getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("Appointment", appointmentId);
        }
        Appointment a = found.get(0);
        if (a.getStatus().holdsSlot()) {
            return null;
        }
        return new Opening(a.getId(), a.getCounsellor().getId(), a.getCounsellor().getDisplayName(),
                a.getRoom() == null ? null : a.getRoom().getId(), a.getRoom() == null ? null : a.getRoom().getName(),
                a.getVideoLink(), a.getStartsAt(), a.getEndsAt());
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** Moves a client at stage {@code from} to stage {@code to}, audited as a change of the client. */
    private void moveStage(Client c, ClientStatus from, ClientStatus to, String why, Instant now) {
        if (c.getStatus() != from) {
            return;
        }
        ClientDetails d = c.details();
        d.setStatus(to);
        c.apply(d, now);
        audit.record(AuditAction.CLIENT_UPDATE, AuditOutcome.SUCCESS, "Client", c.getId(), c.getId(),
                c.getChartNumber() + " changed: status (" + why + ")");
    }

    /** Whether the client waits in an entry other than this one. */
    private boolean waitingElsewhere(long clientId, long entryId) {
        return em.createQuery("SELECT COUNT(e) FROM WaitlistEntry e JOIN e.clients c WHERE c.id = :client"
                + " AND e.status = :waiting AND e.id <> :entry", Long.class).setParameter("client", clientId)
                .setParameter("waiting", WaitlistStatus.WAITING).setParameter("entry", entryId).getSingleResult() > 0;
    }

    /** The rules of an entry, for adding and editing alike; returns the counsellor wanted, null for anyone. */
    private Staff checked(WaitlistRequest request) {
        inputs.valid(request, "Waitlist entry");
        Staff counsellor = null;
        if (request.getCounsellorId() != null) {
            counsellor = em.find(Staff.class, request.getCounsellorId());
            if (counsellor == null || !counsellor.isActive()
                    || !(counsellor.hasRole(Role.COUNSELLOR) || counsellor.hasRole(Role.SUPERVISOR))) {
                throw new InvalidInputException("counsellorId", "Choose an active counsellor, or none for anyone.");
            }
        }
        checkWindow(request.getType(), request.getEarliest(), request.getLatest());
        return counsellor;
    }

    /** "counsellor, days, note": what an edit changes, for the audit trail (never the note's text). */
    private static String changes(WaitlistEntry e, Staff counsellor, WaitlistRequest r, String note) {
        List<String> fields = new ArrayList<>();
        if (!Objects.equals(e.getCounsellorId(), counsellor == null ? null : counsellor.getId())) {
            fields.add("counsellor " + (counsellor == null ? "anyone" : counsellor.getUsername()));
        }
        if (e.getType() != r.getType()) {
            fields.add("type " + r.getType());
        }
        if (!e.getPreferredDays().equals(r.getDays())) {
            fields.add("days");
        }
        if (!Objects.equals(e.getEarliest(), r.getEarliest())
                || !Objects.equals(e.getLatest(), r.getLatest())) {
            fields.add("times");
        }
        if (!Objects.equals(e.getFrontDeskNote(), note)) {
            fields.add("note");
        }
        return fields.isEmpty() ? "nothing" : String.join(", ", fields);
    }

    private static void checkWindow(AppointmentType type, LocalTime earliest, LocalTime latest) {
        if (earliest == null || latest == null || type == null) {
            return;
        }
        if (!earliest.isBefore(latest)) {
            throw new InvalidInputException("latest", "The latest time must come after the earliest.");
        }
        if (Duration.between(earliest, latest).compareTo(type.defaultLength()) < 0) {
            throw new InvalidInputException("latest", "From " + earliest + " to " + latest + " is too short for "
                    + type.label().toLowerCase(java.util.Locale.ROOT) + " appointment of "
                    + type.defaultLength().toMinutes() + " minutes.");
        }
    }

    private WaitlistEntry lockEntry(long id) {
        WaitlistEntry entry = em.find(WaitlistEntry.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (entry == null) {
            throw new NotFoundException("Waitlist entry", id);
        }
        return entry;
    }

    private Staff self() {
        return em.createNamedQuery("Staff.findByUsername", Staff.class).setParameter("username", caller())
                .getSingleResult();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, List<Object> params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query.getResultList();
    }

    private static TimeSlot slotOf(Object start, Object end) {
        return new TimeSlot(instant(start), instant(end));
    }

    private static LocalDateTime utc(Instant instant) {
        return UTC.convertToDatabaseColumn(instant);
    }

    /** A DATETIME from a native query: LocalDateTime from Connector/J, Timestamp from older drivers. */
    private static Instant instant(Object value) {
        return UTC.convertToEntityAttribute(value instanceof java.sql.Timestamp t ? t.toLocalDateTime()
                : (LocalDateTime) value);
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}

package org.tenfold.scheduling;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.care.CareCase;
import org.tenfold.care.CaseStatus;
import org.tenfold.client.Client;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.platform.Inputs;
import org.tenfold.platform.DateLimits;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.platform.NotFoundException;
import org.tenfold.reminder.ReminderPlanner;
import org.tenfold.staff.Role;
import org.tenfold.scheduling.ScheduleViews.AppointmentView;
import org.tenfold.staff.Roles;
import org.tenfold.staff.Staff;

/**
 * Booking, moving, cancelling and the day's status changes of appointments; it hands back views, never
 * entities. Reading the calendar is {@link CalendarQueries}, finding free time {@link FreeSlots}, rooms and
 * hours {@link ClinicResources}. Books and cancels appointments. The rule — no counsellor, room or client in two overlapping
 * appointments that hold their slot — is kept inside the transaction: the counsellor's schedule, the
 * room and the clients are locked in the order {@link ScheduleLocks} sets, then the overlaps are looked
 * for, then the appointment is inserted.
 */
@Stateless
public class BookingService {

    private static final String APPOINTMENT = "Appointment";

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Inputs inputs;

    @Inject
    ClinicProfile clinic;

    @Inject
    ReminderPlanner reminders;

    @Inject
    ScheduleLocks locks;

    @Resource
    SessionContext context;

    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    public AppointmentView book(Booking booking) {
        complete(booking);
        TimeSlot slot = slotOf(booking);
        CareCase careCase = caseOf(booking.getCaseId());
        List<Long> attendees = attendees(booking, careCase);
        Staff counsellor = locks.counsellor(booking.getCounsellorId());
        Room room = locks.room(booking.getRoomId(), booking.getVideoLink());
        Set<Client> clients = locks.clients(attendees);
        locks.openCase(careCase);

        List<Conflict> conflicts = conflicts(counsellor, room, clients, slot, Set.of());
        if (!conflicts.isEmpty()) {
            throw new BookingConflictException(conflicts, clinic.zone());
        }
        String override = checkAvailability(counsellor, slot, booking.getOverrideReason());

        Appointment appointment = new Appointment(counsellor, room, clean(booking.getVideoLink()), clients,
                booking.getType(), slot, clean(booking.getFrontDeskNote()), override, caller(), Instant.now());
        if (careCase != null) {
            appointment.forCase(careCase);
        }
        em.persist(appointment);
        em.flush();
        reminders.booked(List.of(appointment));
        for (Client c : clients) {
            audit.record(AuditAction.APPOINTMENT_BOOK, AuditOutcome.SUCCESS, APPOINTMENT, appointment.getId(),
                    c.getId(), booking.getType() + " " + slot.start() + " with " + counsellor.getUsername()
                            + (careCase == null ? "" : " for case " + careCase.getId())
                            + (override == null ? "" : "; outside availability, override: " + override));
        }
        return AppointmentView.of(appointment);
    }

    /**
     * Books a weekly or fortnightly series at the first booking's wall-clock time. Every occurrence
     * is checked under the same locks as a single booking; when some cannot be booked they are all
     * named and nothing is booked, unless the caller asked to book the others only.
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    public SeriesBooking bookSeries(Booking first, Recurrence recurrence, Integer count, LocalDate until,
            boolean bookAvailableOnly) {
        complete(first);
        if (recurrence == null) {
            throw new InvalidInputException("recurrence", "Choose weekly or fortnightly.");
        }
        TimeSlot firstSlot = slotOf(first);
        ZoneId zone = clinic.zone();
        ZonedDateTime start = firstSlot.start().atZone(zone);
        DateLimits.check("until", until);
        if (until != null && until.isBefore(start.toLocalDate())) {
            throw new InvalidInputException("until", "The series would end (until " + until + ") before its first session"
                    + " on " + start.toLocalDate() + ".");
        }
        List<TimeSlot> slots;
        try {
            slots = AppointmentSeries.occurrences(start.toLocalDate(), start.toLocalTime(), firstSlot.length(), zone,
                    recurrence, count, until);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("count", e.getMessage() + ".");
        }
        CareCase careCase = caseOf(first.getCaseId());
        List<Long> attendees = attendees(first, careCase);
        Staff counsellor = locks.counsellor(first.getCounsellorId());
        Room room = locks.room(first.getRoomId(), first.getVideoLink());
        Set<Client> clients = locks.clients(attendees);
        locks.openCase(careCase);
        boolean admin = context.isCallerInRole(Roles.ADMIN);
        String override = clean(first.getOverrideReason());

        List<TimeSlot> free = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (TimeSlot slot : slots) {
            String refusal = refusal(counsellor, room, clients, slot, Set.of(), admin && override != null);
            if (refusal != null) {
                refused.add(refusal);
            } else {
                free.add(slot);
            }
        }
        if (!refused.isEmpty() && (!bookAvailableOnly || free.isEmpty())) {
            throw new SeriesConflictException(refused, slots.size(),
                    "Nothing was booked; book the others only, or choose another time.");
        }
        AppointmentSeries series = new AppointmentSeries(recurrence, start.toLocalTime(), zone, caller(), Instant.now());
        em.persist(series);
        List<Appointment> booked = new ArrayList<>();
        for (TimeSlot slot : free) {
            Appointment a = new Appointment(counsellor, room, clean(first.getVideoLink()), clients, first.getType(),
                    slot, clean(first.getFrontDeskNote()), unavailability(counsellor, slot) == null ? null : override,
                    caller(), Instant.now());
            a.joinSeries(series);
            if (careCase != null) {
                a.forCase(careCase);
            }
            em.persist(a);
            booked.add(a);
        }
        em.flush();
        reminders.booked(booked);
        for (Client c : clients) {
            audit.record(AuditAction.APPOINTMENT_BOOK, AuditOutcome.SUCCESS, "AppointmentSeries", series.getId(),
                    c.getId(), recurrence + " series of " + booked.size() + " from " + firstSlot.start() + " with "
                            + counsellor.getUsername() + (careCase == null ? "" : " for case " + careCase.getId())
                            + (refused.isEmpty() ? "" : "; left out " + refused.size()));
        }
        return new SeriesBooking(series.getId(), AppointmentView.of(booked), refused);
    }

    /** Also a client's own cancellation from the portal, which has checked that it is theirs and early enough. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN, org.tenfold.portal.PortalRoles.CLIENT})
    public AppointmentView cancel(long id, String reason, boolean late) {
        return cancel(id, reason, late, SeriesScope.THIS).get(0);
    }

    /** Cancels an appointment, or it and the following or all booked occurrences of its series. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    public List<AppointmentView> cancel(long id, String reason, boolean late, SeriesScope scope) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidInputException("reason", "Give a reason for the cancellation (at most 500 characters).");
        }
        Appointment appointment = locks.appointment(id);
        if (appointment == null) {
            throw new NotFoundException(APPOINTMENT, id);
        }
        SeriesScope reach = scope == null ? SeriesScope.THIS : scope;
        List<Appointment> targets = occurrences(appointment, reach);
        Instant now = Instant.now();
        for (Appointment a : targets) {
            try {
                a.cancel(reason.strip(), late && a.getId().equals(id), caller(), now);
            } catch (IllegalStateException e) {
                throw new InvalidInputException("status", e.getMessage() + ".");
            }
            reminders.cancelled(a);
            for (Client c : a.getClients()) {
                audit.record(AuditAction.APPOINTMENT_CANCEL, AuditOutcome.SUCCESS, APPOINTMENT, a.getId(), c.getId(),
                        (a.getStatus() == AppointmentStatus.LATE_CANCEL ? "late cancel: " : "cancelled: ")
                                + reason.strip() + (reach == SeriesScope.THIS ? "" : " (" + reach + ")"));
            }
        }
        em.flush();
        return AppointmentView.of(targets);
    }

    /** The appointment and, for a wider scope, the booked occurrences of its series it reaches, locked. */
    private List<Appointment> occurrences(Appointment appointment, SeriesScope scope) {
        if (scope == SeriesScope.THIS || appointment.getSeries() == null) {
            return List.of(appointment);
        }
        return em.createQuery("SELECT a FROM Appointment a WHERE a.series = :series ORDER BY a.startsAt",
                        Appointment.class).setParameter("series", appointment.getSeries())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().stream()
                .filter(a -> a.getId().equals(appointment.getId()) || a.getStatus() == AppointmentStatus.BOOKED
                        && (scope == SeriesScope.ALL || a.getStartsAt().isAfter(appointment.getStartsAt())))
                .toList();
    }

    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    public AppointmentView move(long id, long expectedVersion, Instant start, Instant end, Long roomId, String videoLink,
            String overrideReason) {
        return move(id, expectedVersion, start, end, roomId, videoLink, overrideReason, SeriesScope.THIS).get(0);
    }

    /**
     * Moves an appointment to a new time and place with the same checks as a booking, refused when
     * someone changed it since the caller loaded it. With a wider scope the occurrences of its series
     * that the scope reaches move by the same change of the clinic's wall-clock time (a day later, at
     * 18:00 instead of 17:00), all or none: when one cannot move, each such date is named.
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    public List<AppointmentView> move(long id, long expectedVersion, Instant start, Instant end, Long roomId,
            String videoLink, String overrideReason, SeriesScope scope) {
        DateLimits.check("start", start);
        DateLimits.check("end", end);
        Appointment current = em.find(Appointment.class, id);
        if (current == null) {
            throw new NotFoundException(APPOINTMENT, id);
        }
        if (start == null) {
            throw new InvalidInputException("start", "Choose the new start time.");
        }
        Booking wanted = new Booking();
        wanted.setType(current.getType());
        wanted.setStart(start);
        wanted.setEnd(end != null ? end : start.plus(current.slot().length()));
        wanted.setRoomId(roomId);
        wanted.setVideoLink(videoLink);
        TimeSlot slot = slotOf(wanted);
        // the same lock order as a booking (ScheduleLocks): counsellor, room, clients; then the appointments
        Staff counsellor = locks.schedule(current.getCounsellor().getId());
        Room room = locks.room(wanted.getRoomId(), wanted.getVideoLink());
        Set<Client> clients = locks.clients(current.getClients().stream().map(Client::getId).toList());
        Appointment appointment = locks.appointment(id);
        if (appointment.getVersion() != expectedVersion) {
            throw new org.tenfold.platform.StaleDataException("This appointment");
        }
        List<Appointment> targets = occurrences(appointment, scope == null ? SeriesScope.THIS : scope);
        Set<Long> moving = new java.util.HashSet<>();
        targets.forEach(a -> moving.add(a.getId()));
        Map<Appointment, TimeSlot> moves = new LinkedHashMap<>();
        String override;
        if (targets.size() == 1) {
            List<Conflict> conflicts = conflicts(counsellor, room, clients, slot, moving);
            if (!conflicts.isEmpty()) {
                throw new BookingConflictException(conflicts, clinic.zone());
            }
            override = checkAvailability(counsellor, slot, overrideReason);
            moves.put(appointment, slot);
        } else {
            ZoneId zone = clinic.zone();
            ZonedDateTime from = appointment.getStartsAt().atZone(zone);
            ZonedDateTime to = slot.start().atZone(zone);
            long dayShift = java.time.temporal.ChronoUnit.DAYS.between(from.toLocalDate(), to.toLocalDate());
            override = context.isCallerInRole(Roles.ADMIN) ? clean(overrideReason) : null;
            List<String> refused = new ArrayList<>();
            for (Appointment a : targets) {
                TimeSlot shifted = TimeSlot.of(ZonedDateTime.of(a.getStartsAt().atZone(zone).toLocalDate()
                        .plusDays(dayShift), to.toLocalTime(), zone).toInstant(), slot.length());
                String refusal = refusal(counsellor, room, clients, shifted, moving, override != null);
                if (refusal != null) {
                    refused.add(refusal);
                }
                moves.put(a, shifted);
            }
            if (!refused.isEmpty()) {
                throw new SeriesConflictException(refused, targets.size(), "Nothing was moved; choose another time.");
            }
        }
        for (Map.Entry<Appointment, TimeSlot> m : moves.entrySet()) {
            Appointment a = m.getKey();
            try {
                a.moveTo(m.getValue(), room, room == null ? clean(videoLink) : null);
            } catch (IllegalStateException e) {
                throw new InvalidInputException("status", e.getMessage() + ".");
            }
            reminders.moved(a);
            boolean outside = override != null && unavailability(counsellor, m.getValue()) != null;
            for (Client c : clients) {
                audit.record(AuditAction.APPOINTMENT_MOVE, AuditOutcome.SUCCESS, APPOINTMENT, a.getId(), c.getId(),
                        "moved to " + m.getValue().start() + (moves.size() == 1 ? "" : " (" + scope + ")")
                                + (outside ? "; override: " + override : ""));
            }
        }
        em.flush(); // the new versions, for the views
        return AppointmentView.of(List.copyOf(moves.keySet()));
    }

    /** Front desk's one-click status changes on the day: arrived, did not come, took place. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    public AppointmentView changeStatus(long id, AppointmentStatus to) {
        Appointment appointment = locks.appointment(id);
        if (appointment == null) {
            throw new NotFoundException(APPOINTMENT, id);
        }
        try {
            switch (to) {
                case CHECKED_IN -> appointment.checkIn();
                case NO_SHOW -> appointment.markNoShow();
                case COMPLETED -> appointment.complete();
                default -> throw new IllegalStateException("Use cancel to cancel an appointment");
            }
        } catch (IllegalStateException e) {
            throw new InvalidInputException("status", e.getMessage() + ".");
        }
        reminders.settled(appointment);
        for (Client c : appointment.getClients()) {
            audit.record(AuditAction.APPOINTMENT_STATUS, AuditOutcome.SUCCESS, APPOINTMENT, id, c.getId(), to.name());
        }
        em.flush();
        return AppointmentView.of(appointment);
    }

    /** Refuses a booking that is invalid or lacks fields, naming every such field at once. */
    private void complete(Booking booking) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            inputs.valid(booking, "Booking");
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
        }
        if (booking != null) {
            booking.missing().forEach(errors::putIfAbsent);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static TimeSlot slotOf(Booking booking) {
        DateLimits.check("start", booking.getStart());
        DateLimits.check("end", booking.getEnd());
        Instant end = booking.getEnd() != null ? booking.getEnd()
                : booking.getStart().plus(booking.getType().defaultLength());
        if (!booking.getStart().isBefore(end)) {
            throw new InvalidInputException("end", "The appointment must end after it starts.");
        }
        if (Duration.between(booking.getStart(), end).compareTo(Overlaps.LONGEST_APPOINTMENT) > 0) {
            throw new InvalidInputException("end", "An appointment lasts at most 8 hours.");
        }
        return new TimeSlot(booking.getStart(), end);
    }

    /** The case a booking names, or null; read before the locks, as its members never change. */
    private CareCase caseOf(Long caseId) {
        if (caseId == null) {
            return null;
        }
        CareCase c = em.find(CareCase.class, caseId);
        if (c == null) {
            throw new InvalidInputException("caseId", "Case " + caseId + " does not exist.");
        }
        return c;
    }

    /**
     * Who attends: the clients named, or with a case the case's rule ({@link CareCase#attendees}). Without a case
     * (an intake, a first contact) the clients named attend.
     */
    private static List<Long> attendees(Booking booking, CareCase careCase) {
        List<Long> named = booking.getClientIds().stream().distinct().toList();
        if (careCase == null) {
            if (named.isEmpty()) {
                throw new InvalidInputException("clientIds", "Choose the client, or both partners of a couple.");
            }
            return named;
        }
        try {
            return careCase.attendees(named, booking.getType() == AppointmentType.COUPLE,
                    booking.getType() == AppointmentType.INDIVIDUAL);
        } catch (CareCase.AttendanceRefused e) {
            throw new InvalidInputException(e.field(), e.getMessage());
        }
    }

    /** Why one occurrence of a series cannot have this slot, as "Tue 3 Mar 2027 17:00: …", or null. */
    private String refusal(Staff counsellor, Room room, Set<Client> clients, TimeSlot slot, Set<Long> exclude,
            boolean overridden) {
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", java.util.Locale.ENGLISH);
        String when = day.format(slot.start().atZone(clinic.zone())) + ": ";
        List<Conflict> conflicts = conflicts(counsellor, room, clients, slot, exclude);
        if (!conflicts.isEmpty()) {
            return when + conflicts.stream()
                    .map(c -> c.resource().name().toLowerCase(java.util.Locale.ROOT) + " " + c.name() + " is booked")
                    .distinct().collect(java.util.stream.Collectors.joining(", "));
        }
        String unavailable = unavailability(counsellor, slot);
        return unavailable == null || overridden ? null : when + unavailable;
    }

    /** The live appointments overlapping the slot, per counsellor, room and client, leaving out those excluded. */
    private List<Conflict> conflicts(Staff counsellor, Room room, Set<Client> clients, TimeSlot slot,
            Set<Long> exclude) {
        List<Conflict> found = new ArrayList<>();
        for (Object[] row : Overlaps.live(em, Overlaps.OF_COUNSELLOR, slot.start(), slot.end(), counsellor.getId())) {
            found.add(conflict(Conflict.Resource.COUNSELLOR, counsellor.getDisplayName(), row));
        }
        if (room != null) {
            for (Object[] row : Overlaps.live(em, Overlaps.OF_ROOM, slot.start(), slot.end(), room.getId())) {
                found.add(conflict(Conflict.Resource.ROOM, room.getName(), row));
            }
        }
        for (Client client : clients) {
            for (Object[] row : Overlaps.live(em, Overlaps.OF_CLIENT, slot.start(), slot.end(), client.getId())) {
                found.add(conflict(Conflict.Resource.CLIENT, client.getDisplayName(), row));
            }
        }
        found.removeIf(c -> exclude.contains(c.appointmentId()));
        return found;
    }

    /**
     * Outside the counsellor's working hours or during their time off: refused, unless an
     * administrator gives a reason (which is kept on the appointment and audited).
     */
    private String checkAvailability(Staff counsellor, TimeSlot slot, String overrideReason) {
        String why = unavailability(counsellor, slot);
        if (why == null) {
            return null;
        }
        if (!context.isCallerInRole(Roles.ADMIN)) {
            throw new InvalidInputException("start", why + ". Choose another time, or ask an administrator.");
        }
        if (overrideReason == null || overrideReason.isBlank()) {
            throw new InvalidInputException("overrideReason", why + ". To book anyway, give a reason.");
        }
        return overrideReason.strip();
    }

    /** Why the counsellor is not available for the slot, or null when they are. */
    private String unavailability(Staff counsellor, TimeSlot slot) {
        ZoneId zone = clinic.zone();
        ZonedDateTime start = slot.start().atZone(zone);
        ZonedDateTime end = slot.end().atZone(zone);
        LocalTime endTime = end.toLocalTime();
        boolean endsAtMidnight = endTime.equals(LocalTime.MIDNIGHT)
                && end.toLocalDate().equals(start.toLocalDate().plusDays(1));
        boolean sameDay = start.toLocalDate().equals(end.toLocalDate()) || endsAtMidnight;
        LocalTime until = endsAtMidnight ? LocalTime.MAX : endTime;
        boolean inHours = sameDay && em.createNamedQuery("WorkingHours.ofStaff", WorkingHours.class)
                .setParameter("staffId", counsellor.getId()).getResultStream()
                .anyMatch(w -> w.covers(start.getDayOfWeek(), start.toLocalTime(), until));
        if (!inHours) {
            return counsellor.getDisplayName() + " does not work at that time";
        }
        boolean off = !Overlaps.timeOff(em, slot.start(), slot.end(), counsellor.getId()).isEmpty();
        return off ? counsellor.getDisplayName() + " is on time off then" : null;
    }

    private static Conflict conflict(Conflict.Resource resource, String name, Object[] row) {
        return new Conflict(resource, name, ((Number) row[0]).longValue(), Overlaps.instant(row[1]),
                Overlaps.instant(row[2]));
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}

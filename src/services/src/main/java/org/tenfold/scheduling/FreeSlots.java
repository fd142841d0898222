package org.tenfold.scheduling;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.platform.DateLimits;
import org.tenfold.platform.Inputs;
import org.tenfold.staff.Roles;


/** Finding free time: the first slots when a counsellor, a room and every client are all free. */
@Stateless
public class FreeSlots {

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    Inputs inputs;

    @Inject
    ClinicProfile clinic;

    /**
     * The first free slots, on a quarter-hour grid, when the counsellor works and is not on time off
     * and the counsellor, the room (if any) and every client are all free. Reads every busy interval
     * of the search window in one query per resource, not one per candidate.
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    public List<TimeSlot> freeSlots(FreeSlotQuery q) {
        inputs.valid(q, "Search");
        DateLimits.check("from", q.getFromDay());
        ZoneId zone = clinic.zone();
        LocalDate firstDay = q.getFromDay() != null ? q.getFromDay() : LocalDate.now(zone);
        LocalDate lastDay = firstDay.plusDays(FreeSlotQuery.SEARCH_DAYS);
        Instant windowStart = firstDay.atStartOfDay(zone).toInstant();
        Instant windowEnd = lastDay.plusDays(1).atStartOfDay(zone).toInstant();
        List<TimeSlot> busy = new ArrayList<>();
        Overlaps.live(em, Overlaps.OF_COUNSELLOR, windowStart, windowEnd, q.getCounsellorId())
                .forEach(r -> busy.add(Overlaps.slot(r)));
        if (q.getRoomId() != null) {
            Overlaps.live(em, Overlaps.OF_ROOM, windowStart, windowEnd, q.getRoomId())
                    .forEach(r -> busy.add(Overlaps.slot(r)));
        }
        for (Long client : q.getClientIds()) {
            Overlaps.live(em, Overlaps.OF_CLIENT, windowStart, windowEnd, client).forEach(r -> busy.add(Overlaps.slot(r)));
        }
        Overlaps.timeOff(em, windowStart, windowEnd, q.getCounsellorId()).forEach(r -> busy.add(Overlaps.slot(r)));
        List<WorkingHours> hours = em.createNamedQuery("WorkingHours.ofStaff", WorkingHours.class)
                .setParameter("staffId", q.getCounsellorId()).getResultList();

        Duration length = Duration.ofMinutes(q.getMinutes());
        Instant notBefore = Instant.now();
        List<TimeSlot> found = new ArrayList<>();
        for (LocalDate day = firstDay; !day.isAfter(lastDay) && found.size() < q.getLimit(); day = day.plusDays(1)) {
            if (!q.getDays().isEmpty() && !q.getDays().contains(day.getDayOfWeek())) {
                continue;
            }
            for (WorkingHours block : hours) {
                if (block.getDayOfWeek() != day.getDayOfWeek()) {
                    continue;
                }
                LocalTime open = max(block.getStartTime(), q.getEarliest());
                LocalTime close = min(block.getEndTime(), q.getLatest());
                for (LocalTime t = open; !t.plus(length).isAfter(close) && !t.plus(length).isBefore(t)
                        && found.size() < q.getLimit(); t = t.plusMinutes(FreeSlotQuery.GRID_MINUTES)) {
                    TimeSlot candidate = TimeSlot.of(ZonedDateTime.of(day, t, zone).toInstant(), length);
                    if (candidate.start().isAfter(notBefore) && busy.stream().noneMatch(candidate::overlaps)) {
                        found.add(candidate);
                    }
                    if (t.plusMinutes(FreeSlotQuery.GRID_MINUTES).isBefore(t)) {
                        break; // past midnight
                    }
                }
            }
        }
        return found;
    }

    /**
     * The rooms in use that are free for the whole of [start, end), by name: one query. A booking
     * dialog offers the first of them when no room filter chose one.
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    public List<Long> freeRooms(Instant start, Instant end) {
        if (start == null || end == null || !start.isBefore(end)) {
            return List.of();
        }
        DateLimits.check("start", start);
        DateLimits.check("end", end);
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("SELECT r.id FROM room r WHERE r.active = TRUE AND NOT EXISTS"
                + " (SELECT 1 FROM appointment a WHERE a.room_id = r.id AND" + Overlaps.LIVE + ") ORDER BY r.name")
                .setParameter(1, Overlaps.utc(end)).setParameter(2, Overlaps.utc(start))
                .setParameter(3, Overlaps.utc(start.minus(Overlaps.LONGEST_APPOINTMENT))).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    private static LocalTime max(LocalTime a, LocalTime b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    private static LocalTime min(LocalTime a, LocalTime b) {
        return b == null || a.isBefore(b) ? a : b;
    }
}

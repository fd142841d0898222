package org.tenfold.scheduling;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The busy intervals of a counsellor, a room or a client, read the same way by a booking (its conflicts)
 * and by the free-slot search: live appointments overlapping a range, and time off. The lower bound on the
 * start (no appointment is longer than eight hours) keeps each index range scan short however long the
 * clinic's history grows.
 */
final class Overlaps {

    static final Duration LONGEST_APPOINTMENT = Duration.ofHours(8);
    /** Appointments that hold their slot and overlap ?2..?1; ?3 is the earliest start that can still overlap. */
    static final String LIVE = " a.status NOT IN ('CANCELLED', 'LATE_CANCEL') AND a.starts_at < ?1"
            + " AND a.ends_at > ?2 AND a.starts_at > ?3";
    static final String OF_COUNSELLOR = "SELECT a.id, a.starts_at, a.ends_at FROM appointment a WHERE a.counsellor_id = ?4"
            + " AND" + LIVE;
    static final String OF_ROOM = "SELECT a.id, a.starts_at, a.ends_at FROM appointment a WHERE a.room_id = ?4 AND" + LIVE;
    static final String OF_CLIENT = "SELECT a.id, a.starts_at, a.ends_at FROM appointment a JOIN appointment_client ac"
            + " ON ac.appointment_id = a.id WHERE ac.client_id = ?4 AND" + LIVE;
    static final String TIME_OFF = "SELECT t.id, t.starts_at, t.ends_at FROM time_off t"
            + " WHERE t.starts_at < ?1 AND t.ends_at > ?2 AND t.staff_id = ?3";

    private Overlaps() {
    }

    /** Rows of (id, start, end) of one of the queries above over [from, to). */
    static List<Object[]> live(EntityManager em, String sql, Instant from, Instant to, long of) {
        return rows(em, sql, utc(to), utc(from), utc(from.minus(LONGEST_APPOINTMENT)), of);
    }

    static List<Object[]> timeOff(EntityManager em, Instant from, Instant to, long staffId) {
        return rows(em, TIME_OFF, utc(to), utc(from), staffId);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(EntityManager em, String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query.getResultList();
    }

    static TimeSlot slot(Object[] row) {
        return new TimeSlot(instant(row[1]), instant(row[2]));
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(Object value) {
        if (value instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected time value " + value);
    }
}

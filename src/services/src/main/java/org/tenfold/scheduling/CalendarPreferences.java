package org.tenfold.scheduling;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.tenfold.staff.Roles;

/**
 * What each staff member last chose on the calendar (its view and its counsellor and room filters), kept
 * per staff member in the database so the calendar opens as they left it, on any computer. Nothing clinical.
 */
@Stateless
public class CalendarPreferences {

    /** The calendar's views, as the schedule names them. */
    public static final Set<String> VIEWS = Set.of("timeGridDay", "timeGridWeek", "dayGridMonth");
    public static final String DEFAULT_VIEW = "timeGridWeek";

    /** A staff member's calendar as they left it; null filters mean the whole clinic and every room. */
    public record Filters(String view, Long counsellorId, Long roomId) implements Serializable {

        public static final Filters DEFAULT = new Filters(DEFAULT_VIEW, null, null);

        public Filters {
            view = view != null && VIEWS.contains(view) ? view : DEFAULT_VIEW;
        }
    }

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Resource
    SessionContext context;

    /** The caller's calendar as they left it, or the week of the whole clinic the first time. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public Filters mine() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT p.view_name, p.counsellor_id, p.room_id FROM"
                + " calendar_preference p JOIN staff s ON s.id = p.staff_id WHERE s.username = ?1")
                .setParameter(1, caller()).getResultList();
        if (rows.isEmpty()) {
            return Filters.DEFAULT;
        }
        Object[] r = rows.get(0);
        return new Filters((String) r[0], id(r[1]), id(r[2]));
    }

    /** Keeps the caller's view and filters (one row per staff member, replaced each time). */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public void remember(Filters filters) {
        Filters f = filters == null ? Filters.DEFAULT : filters;
        // a counsellor or room that is not there (any more) is not kept: the whole clinic instead
        em.createNativeQuery("INSERT INTO calendar_preference (staff_id, view_name, counsellor_id, room_id, updated_at)"
                + " SELECT s.id, ?2, (SELECT c.id FROM staff c WHERE c.id = ?3), (SELECT r.id FROM room r WHERE r.id = ?4), ?5"
                + " FROM staff s WHERE s.username = ?1 ON DUPLICATE KEY UPDATE view_name = VALUES(view_name),"
                + " counsellor_id = VALUES(counsellor_id), room_id = VALUES(room_id), updated_at = VALUES(updated_at)")
                .setParameter(1, caller()).setParameter(2, f.view()).setParameter(3, f.counsellorId())
                .setParameter(4, f.roomId()).setParameter(5, LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
                .executeUpdate();
    }

    private static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}

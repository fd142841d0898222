package org.tenfold.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.tenfold.care.CareCase;
import org.tenfold.care.CaseStatus;
import org.tenfold.client.Client;
import org.tenfold.platform.BusinessException;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.staff.Role;
import org.tenfold.staff.Staff;

/**
 * The one lock protocol of the schedule. Every change that must not overlap another (booking a single
 * appointment or a series, moving, booking from the waitlist, replacing working hours) takes its locks here
 * and in this order, so two of them never wait on each other in a cycle:
 *
 * <ol>
 *   <li>the waitlist entry, when booking from the waitlist (its service locks it first);</li>
 *   <li>the counsellor's schedule: a row of {@code schedule_lock}, not the staff row, which sign-in updates;</li>
 *   <li>the room, when there is one;</li>
 *   <li>the clients, in ascending id order;</li>
 *   <li>the case, when the booking is for one (so a case closed meanwhile is seen closed);</li>
 *   <li>the appointments themselves (a move or cancel).</li>
 * </ol>
 *
 * Then the overlaps are looked for, then the rows are written. The pool runs at READ COMMITTED, so the
 * look sees what the previous holder committed and takes no gap locks. Any other change touching one of
 * these waits for its lock, on this server or another.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ScheduleLocks {

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    /** Locks the counsellor's schedule and returns the counsellor, who must be active and see clients. */
    public Staff counsellor(Long id) {
        Staff counsellor = id == null ? null : schedule(id);
        if (counsellor == null || !counsellor.isActive() || !(counsellor.hasRole(Role.COUNSELLOR)
                || counsellor.hasRole(Role.SUPERVISOR))) {
            throw new InvalidInputException("counsellorId", "Choose an active counsellor.");
        }
        return counsellor;
    }

    /** Locks a staff member's schedule (whatever their roles), or returns null when there is no such member. */
    public Staff schedule(long staffId) {
        @SuppressWarnings("unchecked")
        List<Object> row = em.createNativeQuery("SELECT staff_id FROM schedule_lock WHERE staff_id = ?1 FOR UPDATE")
                .setParameter(1, staffId).getResultList();
        return row.isEmpty() ? null : em.find(Staff.class, staffId);
    }

    /** Locks the room of a booking; null for a video session, which must then have an https link. */
    public Room room(Long roomId, String videoLink) {
        if (roomId == null) {
            if (videoLink == null || videoLink.isBlank()) {
                throw new InvalidInputException("roomId", "Choose a room, or give a video link for a video session.");
            }
            if (!videoLink.strip().startsWith("https://")) {
                throw new InvalidInputException("videoLink", "A video link starts with https://.");
            }
            return null;
        }
        Room room = em.find(Room.class, roomId, LockModeType.PESSIMISTIC_WRITE);
        if (room == null || !room.isActive()) {
            throw new InvalidInputException("roomId", "Choose a room that is in use.");
        }
        return room;
    }

    /** Locks the clients in ascending id order, the same order every caller uses. */
    public Set<Client> clients(Collection<Long> ids) {
        if (ids.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInputException("clientIds", "Client null does not exist.");
        }
        Set<Client> clients = new LinkedHashSet<>();
        for (Long id : new TreeSet<>(ids)) {
            Client client = em.find(Client.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (client == null) {
                throw new InvalidInputException("clientIds", "Client " + id + " does not exist.");
            }
            clients.add(client);
        }
        return clients;
    }

    /**
     * Locks the case a booking is for (after the counsellor, room and clients) and refuses a closed one:
     * a case closed meanwhile is seen closed, and a case closes only after the bookings that already hold it.
     */
    public void openCase(CareCase careCase) {
        if (careCase == null) {
            return;
        }
        em.refresh(careCase, LockModeType.PESSIMISTIC_WRITE);
        if (careCase.getStatus() != CaseStatus.OPEN) {
            throw new BusinessException(BusinessException.Kind.CONFLICT,
                    "Case " + careCase.getId() + " is closed: reopen it before booking appointments for it.");
        }
    }

    /** Locks one appointment (last in the order); null when there is none. */
    public Appointment appointment(long id) {
        return em.find(Appointment.class, id, LockModeType.PESSIMISTIC_WRITE);
    }
}

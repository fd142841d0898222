package org.tenfold.scheduling;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.platform.NotFoundException;
import org.tenfold.scheduling.ScheduleViews.HoursView;
import org.tenfold.scheduling.ScheduleViews.RoomView;
import org.tenfold.scheduling.ScheduleViews.TimeOffView;
import org.tenfold.staff.Roles;
import org.tenfold.staff.Staff;


/** The clinic's bookable resources: rooms, counsellors' weekly hours and their time off. */
@Stateless
public class ClinicResources {

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ScheduleLocks locks;

    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<RoomView> rooms() {
        return em.createNamedQuery("Room.findAll", Room.class).getResultStream().map(RoomView::of).toList();
    }

    @RolesAllowed(Roles.ADMIN)
    public RoomView addRoom(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new InvalidInputException("name", "A room needs a name of at most 100 characters.");
        }
        boolean taken = em.createNamedQuery("Room.findAll", Room.class).getResultStream()
                .anyMatch(r -> r.getName().equalsIgnoreCase(name.strip()));
        if (taken) {
            throw new org.tenfold.platform.BusinessException(org.tenfold.platform.BusinessException.Kind.CONFLICT,
                    "There is already a room called " + name.strip() + ".");
        }
        Room room = new Room(name);
        em.persist(room);
        em.flush();
        audit.record(AuditAction.ROOM_CREATE, AuditOutcome.SUCCESS, "Room", room.getId(), null, room.getName());
        return RoomView.of(room);
    }

    /** A counsellor's weekly working hours, by day and time. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    public List<HoursView> workingHours(long staffId) {
        return em.createNamedQuery("WorkingHours.ofStaff", WorkingHours.class).setParameter("staffId", staffId)
                .getResultStream().map(HoursView::of).toList();
    }

    /** Replaces a counsellor's weekly hours with these blocks. */
    @RolesAllowed(Roles.ADMIN)
    public List<HoursView> setWorkingHours(long staffId, List<HoursView> blocks) {
        // a booking checks the hours under the same lock, so it sees the old hours or the new, never half
        if (locks.schedule(staffId) == null) {
            throw new NotFoundException("Staff member", staffId);
        }
        em.createNamedQuery("WorkingHours.deleteOfStaff").setParameter("staffId", staffId).executeUpdate();
        List<WorkingHours> saved = new ArrayList<>();
        for (HoursView b : blocks) {
            WorkingHours block = new WorkingHours(staffId, b.day(), b.start(), b.end());
            em.persist(block);
            saved.add(block);
        }
        audit.record(AuditAction.WORKING_HOURS_UPDATE, AuditOutcome.SUCCESS, "Staff", staffId, null,
                saved.size() + " blocks");
        return saved.stream().map(HoursView::of).toList();
    }

    /** A counsellor's time off that has not ended yet, soonest first. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    public List<TimeOffView> upcomingTimeOff(long staffId) {
        return em.createNamedQuery("TimeOff.endingAfter", TimeOff.class).setParameter("staffId", staffId)
                .setParameter("after", Instant.now()).getResultStream().map(TimeOffView::of).toList();
    }

    @RolesAllowed(Roles.ADMIN)
    public TimeOffView addTimeOff(long staffId, TimeSlot when, String reason) {
        if (em.find(Staff.class, staffId) == null) {
            throw new NotFoundException("Staff member", staffId);
        }
        if (reason != null && reason.strip().length() > 200) {
            throw new InvalidInputException("reason", "The reason is at most 200 characters.");
        }
        TimeOff off = new TimeOff(staffId, when, reason == null ? null : reason.strip());
        em.persist(off);
        em.flush();
        audit.record(AuditAction.TIME_OFF_ADD, AuditOutcome.SUCCESS, "Staff", staffId, null,
                when.start() + " to " + when.end());
        return TimeOffView.of(off);
    }

    @RolesAllowed(Roles.ADMIN)
    public void removeTimeOff(long staffId, long id) {
        TimeOff off = em.find(TimeOff.class, id);
        if (off == null || off.getStaffId() != staffId) {
            throw new NotFoundException("Time off", id);
        }
        em.remove(off);
        audit.record(AuditAction.TIME_OFF_REMOVE, AuditOutcome.SUCCESS, "Staff", off.getStaffId(), null,
                off.getStartsAt() + " to " + off.getEndsAt());
    }
}

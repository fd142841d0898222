package org.tenfold.scheduling;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import org.tenfold.client.Client;
import org.tenfold.staff.Staff;

/**
 * What scheduling hands to screens and the API: plain, serialisable values built inside the transaction
 * (no lazy loading afterwards, nothing a cluster could not replicate). Never an entity.
 */
public final class ScheduleViews {

    private ScheduleViews() {
    }

    /** A member of staff as the calendar names them; {@code bookable}: active and seeing clients. */
    public record StaffRef(long id, String username, String displayName, boolean bookable) implements Serializable {
        public static StaffRef of(Staff s) {
            return new StaffRef(s.getId(), s.getUsername(), s.getDisplayName(), s.isActive()
                    && (s.hasRole(org.tenfold.staff.Role.COUNSELLOR) || s.hasRole(org.tenfold.staff.Role.SUPERVISOR)));
        }
    }

    /** A client as the calendar names them: chart number and display name, nothing else. */
    public record ClientRef(long id, String chartNumber, String displayName) implements Serializable {
        public static ClientRef of(Client c) {
            return new ClientRef(c.getId(), c.getChartNumber(), c.getDisplayName());
        }
    }

    public record RoomView(long id, String name, boolean active) implements Serializable {
        public static RoomView of(Room r) {
            return new RoomView(r.getId(), r.getName(), r.isActive());
        }
    }

    /** One block of a counsellor's weekly hours. */
    public record HoursView(DayOfWeek day, LocalTime start, LocalTime end) implements Serializable {
        public static HoursView of(WorkingHours w) {
            return new HoursView(w.getDayOfWeek(), w.getStartTime(), w.getEndTime());
        }
    }

    public record TimeOffView(long id, long staffId, Instant start, Instant end, String reason) implements Serializable {
        public static TimeOffView of(TimeOff t) {
            return new TimeOffView(t.getId(), t.getStaffId(), t.getStartsAt(), t.getEndsAt(), t.getReason());
        }
    }

    /**
     * An appointment as the calendar, Today, the chart and the API show it; {@code version} goes back in
     * If-Match. The room is null for a video session, which has a link instead.
     */
    public record AppointmentView(long id, long version, AppointmentType type, AppointmentStatus status, Instant start,
            Instant end, StaffRef counsellor, RoomView room, String videoLink, List<ClientRef> clients, Long caseId,
            Long seriesId, String frontDeskNote, String cancelReason, String overrideReason) implements Serializable {

        public AppointmentView {
            clients = List.copyOf(clients);
        }

        public static AppointmentView of(Appointment a) {
            return new AppointmentView(a.getId(), a.getVersion(), a.getType(), a.getStatus(), a.getStartsAt(),
                    a.getEndsAt(), StaffRef.of(a.getCounsellor()), a.getRoom() == null ? null : RoomView.of(a.getRoom()),
                    a.getVideoLink(), a.getClients().stream().sorted(Comparator.comparing(Client::getId))
                            .map(ClientRef::of).toList(), a.getCaseId(),
                    a.getSeriesId(), a.getFrontDeskNote(), a.getCancelReason(),
                    a.getOverrideReason());
        }

        public static List<AppointmentView> of(List<Appointment> appointments) {
            return appointments.stream().map(AppointmentView::of).toList();
        }

        /** Still booked: it can be moved, checked in or cancelled. */
        public boolean booked() {
            return status == AppointmentStatus.BOOKED;
        }

        /** Holds its slot (not cancelled). */
        public boolean holdsSlot() {
            return status.holdsSlot();
        }

        public boolean inSeries() {
            return seriesId != null;
        }

        public Long roomId() {
            return room == null ? null : room.id();
        }

        /** Where it takes place, as a screen says it: the room's name, or "Video". */
        public String place() {
            return room == null ? "Video" : room.name();
        }
    }
}

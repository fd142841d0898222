package org.tenfold.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.platform.BusinessException;
import org.tenfold.shell.Screens;

/** The administrator's rooms, and counsellors' weekly working hours and time off. */
@Named
@ViewScoped
public class ResourcesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter SPAN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

    /** One editable block of the week. */
    public static class Block implements Serializable {
        private static final long serialVersionUID = 1L;
        private DayOfWeek day = DayOfWeek.MONDAY;
        private LocalTime start = LocalTime.of(9, 0);
        private LocalTime end = LocalTime.of(17, 0);

        public DayOfWeek getDay() { return day; }
        public void setDay(DayOfWeek v) { day = v; }
        public LocalTime getStart() { return start; }
        public void setStart(LocalTime v) { start = v; }
        public LocalTime getEnd() { return end; }
        public void setEnd(LocalTime v) { end = v; }
    }

    @Inject
    ClinicResources scheduling;

    @Inject
    CalendarQueries calendar;

    @Inject
    CounsellorDirectory directory;

    @Inject
    ClinicProfile clinic;

    private List<ScheduleViews.RoomView> rooms;
    private List<CounsellorDirectory.Counsellor> counsellors;
    private String newRoom;
    private Long counsellorId;
    private List<Block> blocks = new ArrayList<>();
    private List<ScheduleViews.TimeOffView> timeOff = List.of();
    private LocalDateTime offFrom;
    private LocalDateTime offTo;
    private String offReason;

    @PostConstruct
    void init() {
        rooms = scheduling.rooms();
        counsellors = directory.active(); // once per view, not on every evaluation of the picker
    }

    public void addRoom() {
        try {
            ScheduleViews.RoomView room = scheduling.addRoom(newRoom);
            Screens.info("Room " + room.name() + " added.");
            newRoom = null;
            rooms = scheduling.rooms();
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public void loadHours() {
        blocks = new ArrayList<>();
        timeOff = List.of();
        if (counsellorId == null) {
            return;
        }
        timeOff = scheduling.upcomingTimeOff(counsellorId);
        for (ScheduleViews.HoursView w : scheduling.workingHours(counsellorId)) {
            Block b = new Block();
            b.setDay(w.day());
            b.setStart(w.start());
            b.setEnd(w.end());
            blocks.add(b);
        }
    }

    public void addBlock() {
        blocks.add(new Block());
    }

    public void removeBlock(Block block) {
        blocks.remove(block);
    }

    public void saveHours() {
        if (counsellorId == null) {
            return;
        }
        List<ScheduleViews.HoursView> hours = new ArrayList<>();
        for (Block b : blocks) {
            if (b.getStart() == null || b.getEnd() == null || !b.getStart().isBefore(b.getEnd())) {
                Screens.show(new org.tenfold.platform.InvalidInputException("blocks",
                        "Each block must end after it starts (" + b.getDay() + ")."));
                return;
            }
            hours.add(new ScheduleViews.HoursView(b.getDay(), b.getStart(), b.getEnd()));
        }
        try {
            scheduling.setWorkingHours(counsellorId, hours);
            Screens.info("Working hours saved: " + hours.size() + " blocks.");
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    /**
     * Adds time off in the clinic's wall-clock time, and names how many booked appointments fall in
     * it, since those still need moving: time off does not cancel anything by itself.
     */
    public void addTimeOff() {
        if (counsellorId == null) {
            return;
        }
        if (offFrom == null || offTo == null || !offFrom.isBefore(offTo)) {
            Screens.show(new org.tenfold.platform.InvalidInputException("offTo",
                    "Give the first and last moment of the time off, the end after the start."));
            return;
        }
        ZoneId zone = clinic.zone();
        TimeSlot when = new TimeSlot(offFrom.atZone(zone).toInstant(), offTo.atZone(zone).toInstant());
        try {
            scheduling.addTimeOff(counsellorId, when, offReason);
            Instant until = when.end().isAfter(when.start().plus(Duration.ofDays(90)))
                    ? when.start().plus(Duration.ofDays(90)) : when.end();
            long booked = calendar.calendar(when.start(), until, counsellorId, null, null).stream()
                    .filter(ScheduleViews.AppointmentView::holdsSlot).count();
            Screens.info("Time off added" + (booked == 0 ? "." : "; " + booked + " booked appointment"
                    + (booked == 1 ? " falls" : "s fall") + " in it: move or cancel them on the calendar."));
            offFrom = null;
            offTo = null;
            offReason = null;
            timeOff = scheduling.upcomingTimeOff(counsellorId);
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public void removeTimeOff(ScheduleViews.TimeOffView off) {
        try {
            scheduling.removeTimeOff(counsellorId, off.id());
            Screens.info("Time off removed.");
            timeOff = scheduling.upcomingTimeOff(counsellorId);
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public String when(ScheduleViews.TimeOffView off) {
        ZoneId zone = clinic.zone();
        return SPAN.format(off.start().atZone(zone)) + " – " + SPAN.format(off.end().atZone(zone));
    }

    public List<CounsellorDirectory.Counsellor> getCounsellors() { return counsellors; }
    public DayOfWeek[] getDays() { return DayOfWeek.values(); }
    public List<ScheduleViews.RoomView> getRooms() { return rooms; }
    public String getNewRoom() { return newRoom; }
    public void setNewRoom(String v) { newRoom = v; }
    public Long getCounsellorId() { return counsellorId; }
    public void setCounsellorId(Long v) { counsellorId = v; }
    public List<Block> getBlocks() { return blocks; }
    public List<ScheduleViews.TimeOffView> getTimeOff() { return timeOff; }
    public LocalDateTime getOffFrom() { return offFrom; }
    public void setOffFrom(LocalDateTime v) { offFrom = v; }
    public LocalDateTime getOffTo() { return offTo; }
    public void setOffTo(LocalDateTime v) { offTo = v; }
    public String getOffReason() { return offReason; }
    public void setOffReason(String v) { offReason = v; }
}

package org.tenfold.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.tenfold.platform.BusinessException;
import org.tenfold.shell.Screens;

/** The administrator's rooms and counsellors' weekly working hours. */
@Named
@ViewScoped
public class ResourcesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

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
    SchedulingService scheduling;

    @Inject
    CounsellorDirectory directory;

    private List<Room> rooms;
    private List<CounsellorDirectory.Counsellor> counsellors;
    private String newRoom;
    private Long counsellorId;
    private List<Block> blocks = new ArrayList<>();

    @PostConstruct
    void init() {
        rooms = scheduling.rooms();
        counsellors = directory.active(); // once per view, not on every evaluation of the picker
    }

    public void addRoom() {
        try {
            Room room = scheduling.addRoom(newRoom);
            Screens.info("Room " + room.getName() + " added.");
            newRoom = null;
            rooms = scheduling.rooms();
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public void loadHours() {
        blocks = new ArrayList<>();
        if (counsellorId == null) {
            return;
        }
        for (WorkingHours w : scheduling.workingHours(counsellorId)) {
            Block b = new Block();
            b.setDay(w.getDayOfWeek());
            b.setStart(w.getStartTime());
            b.setEnd(w.getEndTime());
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
        List<WorkingHours> hours = new ArrayList<>();
        for (Block b : blocks) {
            if (b.getStart() == null || b.getEnd() == null || !b.getStart().isBefore(b.getEnd())) {
                Screens.show(new org.tenfold.platform.InvalidInputException("blocks",
                        "Each block must end after it starts (" + b.getDay() + ")."));
                return;
            }
            hours.add(new WorkingHours(counsellorId, b.getDay(), b.getStart(), b.getEnd()));
        }
        try {
            scheduling.setWorkingHours(counsellorId, hours);
            Screens.info("Working hours saved: " + hours.size() + " blocks.");
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public List<CounsellorDirectory.Counsellor> getCounsellors() { return counsellors; }
    public DayOfWeek[] getDays() { return DayOfWeek.values(); }
    public List<Room> getRooms() { return rooms; }
    public String getNewRoom() { return newRoom; }
    public void setNewRoom(String v) { newRoom = v; }
    public Long getCounsellorId() { return counsellorId; }
    public void setCounsellorId(Long v) { counsellorId = v; }
    public List<Block> getBlocks() { return blocks; }
}

package org.tenfold.scheduling;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** "When can this counsellor, room and these clients next meet for 50 minutes, on Tuesday mornings?" */
public class FreeSlotQuery {

    /** How far ahead the search looks. */
    public static final int SEARCH_DAYS = 60;
    /** Candidate starts are on this grid. */
    public static final int GRID_MINUTES = 15;

    @NotNull(message = "Choose a counsellor")
    private Long counsellorId;
    private Long roomId;
    private List<Long> clientIds = new ArrayList<>();
    @Min(value = 15, message = "A slot lasts at least 15 minutes")
    @Max(value = 480, message = "A slot lasts at most 8 hours")
    private int minutes = 50;
    private LocalDate fromDay;
    private Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    private LocalTime earliest;
    private LocalTime latest;
    @Min(value = 1, message = "Ask for at least one slot")
    @Max(value = 20, message = "At most 20 slots at a time")
    private int limit = 5;

    public Long getCounsellorId() { return counsellorId; }
    public void setCounsellorId(Long v) { counsellorId = v; }
    public Long getRoomId() { return roomId; }
    public void setRoomId(Long v) { roomId = v; }
    public List<Long> getClientIds() { return clientIds; }
    public void setClientIds(List<Long> v) { clientIds = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public int getMinutes() { return minutes; }
    public void setMinutes(int v) { minutes = v; }
    public LocalDate getFromDay() { return fromDay; }
    public void setFromDay(LocalDate v) { fromDay = v; }
    public Set<DayOfWeek> getDays() { return days; }
    public void setDays(Set<DayOfWeek> v) { days = v == null || v.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(v); }
    public LocalTime getEarliest() { return earliest; }
    public void setEarliest(LocalTime v) { earliest = v; }
    public LocalTime getLatest() { return latest; }
    public void setLatest(LocalTime v) { latest = v; }
    public int getLimit() { return limit; }
    public void setLimit(int v) { limit = v; }
}

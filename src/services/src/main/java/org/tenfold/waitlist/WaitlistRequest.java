package org.tenfold.waitlist;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.tenfold.scheduling.AppointmentType;

/** Who waits, and what suits them: a counsellor (none = anyone), a type, days of the week, times of day. */
public class WaitlistRequest {

    @NotEmpty(message = "Choose the client, or both partners of a couple")
    @Size(max = WaitlistEntry.MAX_CLIENTS, message = "A waitlist entry is for one client or the two partners of a couple")
    private List<Long> clientIds = new ArrayList<>();

    private Long counsellorId;

    @NotNull(message = "Choose the type of appointment")
    private AppointmentType type;

    private Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);

    private LocalTime earliest;

    private LocalTime latest;

    @Size(max = 1000, message = "The front-desk note is at most 1000 characters")
    private String frontDeskNote;

    public List<Long> getClientIds() { return clientIds; }
    public void setClientIds(List<Long> v) { clientIds = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public Long getCounsellorId() { return counsellorId; }
    public void setCounsellorId(Long v) { counsellorId = v; }
    public AppointmentType getType() { return type; }
    public void setType(AppointmentType v) { type = v; }
    public Set<DayOfWeek> getDays() { return days; }
    public void setDays(Set<DayOfWeek> v) { days = v == null || v.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(v); }
    public LocalTime getEarliest() { return earliest; }
    public void setEarliest(LocalTime v) { earliest = v; }
    public LocalTime getLatest() { return latest; }
    public void setLatest(LocalTime v) { latest = v; }
    public String getFrontDeskNote() { return frontDeskNote; }
    public void setFrontDeskNote(String v) { frontDeskNote = v; }
}

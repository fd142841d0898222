package org.tenfold.scheduling;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What front desk asks for: who, where, what kind, when, and for which case. The end defaults to the
 * type's length. With a case and no clients, the case's members attend.
 */
public class Booking {

    @NotNull(message = "Choose a counsellor")
    private Long counsellorId;

    private Long roomId;

    @Size(max = 500, message = "The video link is at most 500 characters")
    private String videoLink;

    @Size(max = 12, message = "At most 12 clients in one appointment")
    private List<Long> clientIds = new ArrayList<>();

    private Long caseId;

    @NotNull(message = "Choose the type of appointment")
    private AppointmentType type;

    @NotNull(message = "Choose the start time")
    private Instant start;

    private Instant end;

    @Size(max = 1000, message = "The front-desk note is at most 1000 characters")
    private String frontDeskNote;

    @Size(max = 500, message = "The override reason is at most 500 characters")
    private String overrideReason;

    public Long getCounsellorId() { return counsellorId; }
    public void setCounsellorId(Long v) { counsellorId = v; }
    public Long getRoomId() { return roomId; }
    public void setRoomId(Long v) { roomId = v; }
    public String getVideoLink() { return videoLink; }
    public void setVideoLink(String v) { videoLink = v; }
    public List<Long> getClientIds() { return clientIds; }
    public void setClientIds(List<Long> v) { clientIds = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public Long getCaseId() { return caseId; }
    public void setCaseId(Long v) { caseId = v; }
    public AppointmentType getType() { return type; }
    public void setType(AppointmentType v) { type = v; }
    public Instant getStart() { return start; }
    public void setStart(Instant v) { start = v; }
    public Instant getEnd() { return end; }
    public void setEnd(Instant v) { end = v; }
    public String getFrontDeskNote() { return frontDeskNote; }
    public void setFrontDeskNote(String v) { frontDeskNote = v; }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String v) { overrideReason = v; }

    /**
     * Every field a booking still lacks, by field, all at once: the counsellor, the start, the type, the
     * clients (unless a case names them) and a room or a video link. Empty when nothing is missing.
     */
    public Map<String, String> missing() {
        Map<String, String> missing = new LinkedHashMap<>();
        if (start == null) {
            missing.put("start", "Choose the start time");
        }
        if (type == null) {
            missing.put("type", "Choose the type of appointment");
        }
        if (counsellorId == null) {
            missing.put("counsellorId", "Choose a counsellor");
        }
        if (caseId == null && clientIds.isEmpty()) {
            missing.put("clientIds", "Choose the client, or both partners of a couple.");
        }
        if (roomId == null && (videoLink == null || videoLink.isBlank())) {
            missing.put("roomId", "Choose a room, or give a video link for a video session.");
        }
        return missing;
    }
}

package org.tenfold.waitlist;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.tenfold.client.Client;
import org.tenfold.client.ClientStatus;
import org.tenfold.scheduling.AppointmentType;
import org.tenfold.scheduling.ScheduleViews.StaffRef;

/**
 * A waitlist entry as the waitlist screen and the API show it: its clients, the counsellor wanted (null:
 * anyone), what suits them, and where it stands; {@code version} goes back with an edit. Never the entity.
 */
public record WaitlistView(long id, long version, List<Member> clients, StaffRef counsellor, AppointmentType type,
        Set<DayOfWeek> preferredDays, LocalTime earliest, LocalTime latest, String frontDeskNote, WaitlistStatus status,
        String addedBy, Instant addedAt, Long appointmentId, String removedReason) implements Serializable {

    /** A client on the entry: chart number, name and the stage they are at. */
    public record Member(long id, String chartNumber, String displayName, ClientStatus status) implements Serializable {
        static Member of(Client c) {
            return new Member(c.getId(), c.getChartNumber(), c.getDisplayName(), c.getStatus());
        }
    }

    public WaitlistView {
        clients = List.copyOf(clients);
        // in the week's order (Monday first), as entered and as screens and the API list them
        preferredDays = preferredDays.isEmpty() ? Set.of()
                : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(preferredDays));
    }

    static WaitlistView of(WaitlistEntry e) {
        return new WaitlistView(e.getId(), e.getVersion(), e.getClients().stream()
                .sorted(Comparator.comparing(Client::getId)).map(Member::of).toList(),
                e.getCounsellor() == null ? null : StaffRef.of(e.getCounsellor()), e.getType(), e.getPreferredDays(),
                e.getEarliest(), e.getLatest(), e.getFrontDeskNote(), e.getStatus(), e.getAddedBy(), e.getAddedAt(),
                e.getAppointmentId(), e.getRemovedReason());
    }

    static List<WaitlistView> of(List<WaitlistEntry> entries) {
        return entries.stream().map(WaitlistView::of).toList();
    }

    public Long counsellorId() {
        return counsellor == null ? null : counsellor.id();
    }

    /** How long a session of its type lasts. */
    public Duration length() {
        return type.defaultLength();
    }
}

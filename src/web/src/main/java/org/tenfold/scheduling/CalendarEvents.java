package org.tenfold.scheduling;

import jakarta.json.stream.JsonGenerator;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.ScheduleEvent;


/**
 * The calendar's events, the same for the screen's view and for the events resource the schedule
 * fetches: what an event shows (times, client names, type; never anything clinical), its colour, and
 * whether it can be dragged. An event's id names the appointment, the version the calendar showed and
 * its start, so a click or a drag finds it again through the same calendar query and its access rules,
 * and a change made meanwhile is refused as stale.
 */
final class CalendarEvents {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private CalendarEvents() {
    }

    /** What an event's id says: the appointment, the version shown and its start. */
    record Key(long id, long version, Instant start) {

        /** The key of an id as {@link #id(CalendarAppointment)} writes it, or empty for anything else. */
        static Optional<Key> parse(String text) {
            if (text == null || text.length() > 60) {
                return Optional.empty();
            }
            String[] parts = text.split("\\.", -1);
            if (parts.length != 3) {
                return Optional.empty();
            }
            try {
                long id = Long.parseLong(parts[0]);
                long version = Long.parseLong(parts[1]);
                long start = Long.parseLong(parts[2]);
                return id > 0 && version >= 0 ? Optional.of(new Key(id, version, Instant.ofEpochSecond(start)))
                        : Optional.empty();
            } catch (NumberFormatException | java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
    }

    static String id(CalendarAppointment a) {
        return a.id() + "." + a.version() + "." + a.start().getEpochSecond();
    }

    static CalendarAppointment appt(ScheduleViews.AppointmentView a) {
        String names = a.clients().stream().map(ScheduleViews.ClientRef::displayName).sorted()
                .collect(Collectors.joining(" & "));
        return new CalendarAppointment(a.id(), a.version(), a.status(), a.type(), a.counsellor().id(),
                a.counsellor().displayName(),
                a.roomId(), a.room() == null ? null : a.room().name(), a.videoLink(), names, a.start(), a.end(),
                a.frontDeskNote(), a.cancelReason(), a.inSeries(), a.caseId());
    }

    /** The colour of a counsellor's appointments: as in the pickers' legend, none for one no longer listed. */
    static int shade(ScheduleViews.StaffRef counsellor) {
        return counsellor.bookable() ? shade(counsellor.id()) : 0;
    }

    static int shade(long counsellorId) {
        return (int) (counsellorId % CounsellorDirectory.SHADES);
    }

    static String title(CalendarAppointment a, ZoneId zone) {
        return TIME.format(a.start().atZone(zone)) + "–" + TIME.format(a.end().atZone(zone)) + " " + a.clients()
                + " · " + a.type().label() + (a.status().holdsSlot() ? "" : " (cancelled)");
    }

    static String styleClass(CalendarAppointment a, int shade) {
        return "tf-appt tf-appt-c" + shade + (a.status().holdsSlot() ? "" : " tf-appt-cancelled")
                + " tf-appt-" + a.status().name().toLowerCase(Locale.ROOT);
    }

    /** Only front desk and administrators move, and only a booked appointment. */
    static boolean movable(CalendarAppointment a, boolean editor) {
        return editor && a.isOpen() && a.isBooked();
    }

    static ScheduleEvent<CalendarAppointment> event(CalendarAppointment a, int shade, ZoneId zone, boolean editor) {
        boolean movable = movable(a, editor);
        return DefaultScheduleEvent.<CalendarAppointment>builder().id(id(a)).title(title(a, zone))
                .startDate(LocalDateTime.ofInstant(a.start(), zone)).endDate(LocalDateTime.ofInstant(a.end(), zone))
                .styleClass(styleClass(a, shade)).data(a).draggable(movable).resizable(movable).overlapAllowed(true)
                .build();
    }

    /** One event as the schedule's widget reads it, the same fields as PrimeFaces' own events answer. */
    static void write(JsonGenerator json, CalendarAppointment a, int shade, ZoneId zone, boolean editor) {
        DateTimeFormatter at = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone);
        boolean movable = movable(a, editor);
        json.writeStartObject().write("id", id(a)).write("title", title(a, zone)).write("start", at.format(a.start()))
                .write("end", at.format(a.end())).write("allDay", false).write("startEditable", movable)
                .write("durationEditable", movable).write("overlap", true).write("classNames", styleClass(a, shade))
                .writeEnd();
    }
}

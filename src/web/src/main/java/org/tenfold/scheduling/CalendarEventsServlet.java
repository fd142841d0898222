package org.tenfold.scheduling;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.tenfold.api.Failures;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.shell.Ids;
import org.tenfold.staff.Roles;

/**
 * The calendar screen's events for the visible range, as JSON for its schedule (signed in with the
 * browser session, like the screen). The schedule asks here instead of posting back the screen's
 * whole JSF view for every range. The same calendar query decides what each caller sees: front desk
 * and administrators the clinic, filtered by counsellor and room; counsellors and supervisors only
 * their own appointments, whatever the filters say. Events carry times, client names and the type,
 * never anything clinical.
 *
 * <p>{@code GET /schedule/calendar-events?start=…&end=…&zone=…[&counsellor=id][&room=id]}: start and
 * end as the schedule's widget sends them (ISO date-times), zone the clinic time zone the page shows.
 */
@WebServlet("/schedule/calendar-events")
public class CalendarEventsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** One factory for every request: {@code Json.createGenerator} looks its provider up again each time. */
    private static final JsonGeneratorFactory JSON = Json.createGeneratorFactory(Map.of());

    @Inject
    transient CalendarQueries scheduling;

    @Inject
    transient ClinicProfile clinic;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        Instant from = instant(request.getParameter("start"));
        Instant to = instant(request.getParameter("end"));
        if (from == null || to == null) {
            response.sendError(400, "start and end are ISO date-times");
            return;
        }
        ZoneId zone = zone(request.getParameter("zone"));
        if (zone == null) {
            response.sendError(400, "zone is not a time zone");
            return;
        }
        boolean editor = request.isUserInRole(Roles.FRONT_DESK) || request.isUserInRole(Roles.ADMIN);
        // the filters are front desk's and administrators'; others see their own calendar, as on the screen
        Long counsellor = editor ? id(request.getParameter("counsellor")) : null;
        Long room = editor ? id(request.getParameter("room")) : null;
        List<ScheduleViews.AppointmentView> found;
        try {
            found = scheduling.calendar(from, to, counsellor, room, null);
        } catch (RuntimeException e) {
            Failures.send(response, e);
            return;
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        try (JsonGenerator json = JSON.createGenerator(response.getWriter())) {
            json.writeStartObject().writeStartArray("events");
            for (ScheduleViews.AppointmentView a : found) {
                CalendarEvents.write(json, CalendarEvents.appt(a), CalendarEvents.shade(a.counsellor()), zone, editor);
            }
            json.writeEnd().writeEnd();
        }
    }

    /** A date-time with an offset, as the widget sends it (e.g. 2027-03-15T00:00:00.000Z), or null. */
    private static Instant instant(String text) {
        if (text == null || text.isBlank() || text.length() > 40) {
            return null;
        }
        try {
            Instant instant = ZonedDateTime.parse(text.strip()).toInstant();
            return org.tenfold.platform.DateLimits.within(instant) ? instant : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The page's time zone; the clinic's when the page named none. */
    private ZoneId zone(String text) {
        if (text == null || text.isBlank()) {
            return clinic.zone();
        }
        try {
            return text.length() > 60 ? null : ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Long id(String text) {
        var id = Ids.parse(text);
        return id.isPresent() ? id.getAsLong() : null;
    }
}

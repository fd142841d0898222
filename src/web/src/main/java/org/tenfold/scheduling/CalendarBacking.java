package org.tenfold.scheduling;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.platform.BusinessException;
import org.tenfold.staff.Roles;

/**
 * The clinic calendar: a day, week or month of appointments read one visible range at a time,
 * filtered by counsellor or room, opened as each staff member left it (view and filters are kept per
 * staff member). Booking is {@link BookingDialog}'s, one appointment's details and moves are
 * {@link AppointmentDialog}'s; both read the filters, the pickers and the clinic's zone from here.
 */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    public record RoomOption(long id, String name) implements Serializable {
    }

    @Inject
    CalendarQueries calendar;

    @Inject
    ClinicResources resources;

    @Inject
    CalendarPreferences preferences;

    @Inject
    ClinicProfile clinic;

    @Inject
    CounsellorDirectory directory;

    private String date;
    /** The case named by the "case" view parameter (a chart's "Book for this case"): new bookings start with it. */
    private String bookCaseId;
    private CaseChoice bookCase;
    private LocalDate shownDate;
    /** The first day the schedule shows (its script keeps it): where "Book…" starts looking. */
    private LocalDate firstDay;
    private ZoneId zone;
    private boolean frontDesk;
    private boolean editor;
    private boolean admin;
    private List<CounsellorDirectory.Counsellor> counsellors = List.of();
    private List<RoomOption> rooms = List.of();
    private Long counsellorId;
    private Long roomId;
    private String view = CalendarPreferences.DEFAULT_VIEW;
    /** The view last kept for the caller, so only a change of view is written. */
    private String keptView;

    /**
     * The schedule fetches its events from {@link CalendarEventsServlet}, not from this view; a click
     * or a drag names an event by its id, which is read again here through the same calendar query,
     * so what a caller may select is what they may see. The version in the id is the one the calendar
     * showed: a move of an appointment changed meanwhile is refused as stale.
     */
    private final DefaultScheduleModel model = new DefaultScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public ScheduleEvent<?> getEvent(String id) {
            ScheduleEvent<CalendarAppointment> found = find(id);
            // the schedule moves the event it is given before the listener runs: an unknown id gets a blank one
            return found != null ? found : DefaultScheduleEvent.builder().id(String.valueOf(id))
                    .startDate(LocalDateTime.now(zone)).endDate(LocalDateTime.now(zone)).build();
        }
    };

    private ScheduleEvent<CalendarAppointment> find(String eventId) {
        CalendarEvents.Key key = CalendarEvents.Key.parse(eventId).orElse(null);
        if (key == null) {
            return null;
        }
        try {
            for (ScheduleViews.AppointmentView a : calendar.calendar(key.start(), key.start().plusSeconds(60), null, null,
                    null)) {
                if (a.id() == key.id() && a.start().getEpochSecond() == key.start().getEpochSecond()) {
                    CalendarAppointment shown = CalendarEvents.appt(a).atVersion(key.version());
                    return CalendarEvents.event(shown, shade(a.counsellor().id()), zone, editor);
                }
            }
        } catch (BusinessException | EJBAccessException e) {
            // not one the caller may see
        }
        return null;
    }

    private int shade(long counsellorKey) {
        return counsellors.stream().filter(c -> c.id() == counsellorKey).map(CounsellorDirectory.Counsellor::shade)
                .findFirst().orElse(0);
    }

    /** Reads the pickers and the caller's kept view and filters once per view, and the ?date=YYYY-MM-DD parameter. */
    public void init() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        ExternalContext external = faces.getExternalContext();
        zone = clinic.zone();
        frontDesk = external.isUserInRole(Roles.FRONT_DESK);
        admin = external.isUserInRole(Roles.ADMIN);
        editor = frontDesk || admin;
        counsellors = directory.active();
        if (editor) {
            // the room filter and the booking dialog are an editor's only: a counsellor's page reads no rooms
            rooms = resources.rooms().stream().filter(ScheduleViews.RoomView::active)
                    .map(r -> new RoomOption(r.id(), r.name())).toList();
        }
        CalendarPreferences.Filters kept = preferences.mine();
        view = kept.view();
        keptView = view;
        if (editor) {
            // a counsellor or room no longer offered is not a filter any more
            counsellorId = counsellors.stream().anyMatch(c -> c.id() == id(kept.counsellorId())) ? kept.counsellorId()
                    : null;
            roomId = rooms.stream().anyMatch(r -> r.id() == id(kept.roomId())) ? kept.roomId() : null;
        }
        shownDate = LocalDate.now(zone);
        if (date != null && !date.isBlank()) {
            try {
                shownDate = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        "“" + date + "” is not a date: write it like 2027-03-15. Showing this week.", null));
            }
        }
        if (frontDesk && bookCaseId != null && !bookCaseId.isBlank()) {
            try {
                bookCase = calendar.caseChoice(Long.parseLong(bookCaseId.strip()));
            } catch (NumberFormatException | BusinessException | EJBAccessException e) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        "There is no case " + bookCaseId + " to book for.", null));
            }
        }
    }

    private static long id(Long value) {
        return value == null ? -1 : value;
    }

    // ---- filters and view, kept per staff member ---------------------------------------------

    /** A filter changed: the schedule is drawn again with it, and it is kept for the next visit. */
    public void onFilter() {
        remember();
    }


    /** Day, week or month chosen on the schedule (its Previous, Next and Today come here too). */
    public void onViewChange(SelectEvent<String> event) {
        // the schedule has already set the view through setView (its update phase): compare with the one kept
        String chosen = event.getObject();
        if (chosen != null && CalendarPreferences.VIEWS.contains(chosen) && !chosen.equals(keptView)) {
            view = chosen;
            remember();
        }
    }

    private void remember() {
        keptView = view;
        try {
            preferences.remember(new CalendarPreferences.Filters(view, editor ? counsellorId : null,
                    editor ? roomId : null));
        } catch (BusinessException | EJBAccessException e) {
            // keeping the choice is a convenience: the calendar shows it either way
        }
    }

    // ---- what the dialogs share ----------------------------------------------------------------

    /** The day the schedule shows next time it is drawn. */
    void show(Instant at) {
        shownDate = LocalDateTime.ofInstant(at, zone).toLocalDate();
    }

    void show(LocalDate day) {
        shownDate = day;
    }

    String dayTime(Instant at) {
        return DAY_TIME.format(at.atZone(zone));
    }

    String dayTime(LocalDateTime at) {
        return DAY_TIME.format(at);
    }

    String time(Instant at) {
        return TIME.format(at.atZone(zone));
    }

    ZoneId zone() {
        return zone == null ? clinic.zone() : zone;
    }

    static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    static void error(String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
    }

    public ScheduleModel getModel() { return model; }
    public String getZoneId() { return zone().getId(); }
    public LocalDate getInitialDate() { return shownDate; }
    /** The middle of the range the schedule shows (its script keeps it), so a redraw stays on it. */
    public String getShownDay() { return shownDate == null ? "" : shownDate.toString(); }
    public void setShownDay(String v) { shownDate = day(v, shownDate); }

    /** A day as the schedule's script writes it, or the one before when it wrote nothing usable. */
    private static LocalDate day(String text, LocalDate before) {
        try {
            return text != null && !text.isBlank() && text.length() <= 10 ? LocalDate.parse(text.strip()) : before;
        } catch (DateTimeParseException e) {
            return before;
        }
    }
    LocalDate getFirstShownDay() { return firstDay != null ? firstDay : shownDate; }
    public String getFirstDay() { return firstDay == null ? "" : firstDay.toString(); }
    public void setFirstDay(String v) { firstDay = day(v, firstDay); }
    /** Day, week or month, as the schedule names them; set by the schedule when its view changes. */
    public String getView() { return view; }
    public void setView(String v) {
        if (v != null && CalendarPreferences.VIEWS.contains(v)) {
            view = v;
        }
    }
    public String getDate() { return date; }
    public void setDate(String date) { this.date = date; }
    public String getCaseId() { return bookCaseId; }
    public void setCaseId(String v) { bookCaseId = v; }
    /** The case new bookings start with, or null. */
    public CaseChoice getBookCase() { return bookCase; }
    public boolean isFrontDesk() { return frontDesk; }
    public boolean isEditor() { return editor; }
    public boolean isAdmin() { return admin; }
    public List<CounsellorDirectory.Counsellor> getCounsellors() { return counsellors; }
    public List<RoomOption> getRooms() { return rooms; }
    public Long getCounsellorId() { return counsellorId; }
    public void setCounsellorId(Long v) { counsellorId = v; }
    public Long getRoomId() { return roomId; }
    public void setRoomId(Long v) { roomId = v; }
}

package org.tenfold.scheduling;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Locale;
import org.primefaces.PrimeFaces;
import org.primefaces.event.SelectEvent;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.event.schedule.ScheduleEntryResizeEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;
import org.tenfold.client.ClientPicker;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.platform.BusinessException;
import org.tenfold.shell.Screens;
import org.tenfold.staff.Roles;
import org.tenfold.waitlist.WaitlistService;

/**
 * The clinic calendar: a day, week or month of appointments read one visible range at a time,
 * filtered by counsellor or room. Front desk books by clicking a free slot, moves by dragging, and
 * cancels, checks in or marks a no-show from an appointment's dialog. Events show times, client
 * names and the type of appointment, never anything clinical.
 */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final List<Integer> HOURS = java.util.stream.IntStream.rangeClosed(7, 21).boxed().toList();

    /** What an event carries: enough for its dialog and for a move, read when the range was loaded. */
    public record Appt(long id, long version, AppointmentStatus status, AppointmentType type, long counsellorId,
            String counsellor, Long roomId, String room, String videoLink, String clients, Instant start, Instant end,
            String frontDeskNote, String cancelReason, boolean inSeries, Long caseId) implements Serializable {

        public boolean isBooked() {
            return status == AppointmentStatus.BOOKED;
        }

        public boolean isOpen() {
            return status.holdsSlot() && status != AppointmentStatus.COMPLETED;
        }
    }

    /** The booking dialog's fields, in the clinic's wall-clock time. */
    public static class Form implements Serializable {
        private static final long serialVersionUID = 1L;
        private LocalDateTime start;
        private AppointmentType type = AppointmentType.INDIVIDUAL;
        private Integer minutes = (int) AppointmentType.INDIVIDUAL.defaultLength().toMinutes();
        private Long counsellorId;
        private Long roomId;
        private String videoLink;
        private List<ClientPicker.Option> clients = new ArrayList<>();
        private String note;
        private String overrideReason;
        private Long caseId;
        private List<CaseChoice> caseChoices = List.of();
        private Recurrence repeat;
        private Integer sessions = 10;
        private LocalDate until;

        public LocalDateTime getStart() { return start; }
        public void setStart(LocalDateTime v) { start = v; }
        public AppointmentType getType() { return type; }
        public void setType(AppointmentType v) { type = v; }
        public Integer getMinutes() { return minutes; }
        public void setMinutes(Integer v) { minutes = v; }
        public Long getCounsellorId() { return counsellorId; }
        public void setCounsellorId(Long v) { counsellorId = v; }
        public Long getRoomId() { return roomId; }
        public void setRoomId(Long v) { roomId = v; }
        public String getVideoLink() { return videoLink; }
        public void setVideoLink(String v) { videoLink = v; }
        public List<ClientPicker.Option> getClients() { return clients; }
        public void setClients(List<ClientPicker.Option> v) { clients = v == null ? new ArrayList<>() : new ArrayList<>(v); }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
        public String getOverrideReason() { return overrideReason; }
        public void setOverrideReason(String v) { overrideReason = v; }
        public Long getCaseId() { return caseId; }
        public void setCaseId(Long v) { caseId = v; }
        /** The open cases of the clients picked, read when a client is picked. */
        public List<CaseChoice> getCaseChoices() { return caseChoices; }
        public Recurrence getRepeat() { return repeat; }
        public void setRepeat(Recurrence v) { repeat = v; }
        public Integer getSessions() { return sessions; }
        public void setSessions(Integer v) { sessions = v; }
        public LocalDate getUntil() { return until; }
        public void setUntil(LocalDate v) { until = v; }
    }

    /** "Find a free time": preferred days and hours; the counsellor, room, clients and length come from the form. */
    public static class SlotSearch implements Serializable {
        private static final long serialVersionUID = 1L;
        private List<String> days = new ArrayList<>();
        private Integer earliest;
        private Integer latest;
        private List<LocalDateTime> found = List.of();
        private boolean searched;

        /** Day names as the checkboxes send them, MONDAY … SUNDAY; none means any day. */
        public List<String> getDays() { return days; }
        public void setDays(List<String> v) { days = v == null ? new ArrayList<>() : new ArrayList<>(v); }
        /** Whole hours of the clinic day, or null for no limit. */
        public Integer getEarliest() { return earliest; }
        public void setEarliest(Integer v) { earliest = v; }
        public Integer getLatest() { return latest; }
        public void setLatest(Integer v) { latest = v; }
        public List<LocalDateTime> getFound() { return found; }
        public boolean isSearched() { return searched; }
    }

    public record RoomOption(long id, String name) implements Serializable {
    }

    @Inject
    BookingService booking;

    @Inject
    CalendarQueries calendar;

    @Inject
    ClinicResources resources;

    @Inject
    FreeSlots freeSlots;

    @Inject
    ClientPicker picker;

    @Inject
    WaitlistService waitlist;

    @Inject
    ClinicProfile clinic;

    @Inject
    CounsellorDirectory directory;

    private String date;
    /** The case named by the "case" view parameter (a chart's "Book for this case"): new bookings start with it. */
    private String bookCaseId;
    private CaseChoice bookCase;
    private LocalDate shownDate;
    private ZoneId zone;
    private boolean frontDesk;
    private boolean editor;
    private List<CounsellorDirectory.Counsellor> counsellors = List.of();
    private List<RoomOption> rooms = List.of();
    private Long counsellorId;
    private Long roomId;

    private Form form = new Form();
    private SlotSearch slotSearch = new SlotSearch();
    private List<String> refusedDates = List.of();
    private boolean admin;
    private Appt selected;
    private String selectedCase;
    /** The members of the cases offered, so the client picker takes a partner filled in from a case. */
    private final java.util.Map<String, ClientPicker.Option> caseMembers = new java.util.HashMap<>();
    /** The appointment cancelled last on this view, and how many waiting clients fit its slot. */
    private Long freedAppointment;
    private long freedMatches;
    private SeriesScope scope = SeriesScope.THIS;
    private String cancelReason;
    private boolean lateCancel;
    private LocalDateTime moveTo;

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
            ScheduleEvent<Appt> found = find(id);
            // the schedule moves the event it is given before the listener runs: an unknown id gets a blank one
            return found != null ? found : DefaultScheduleEvent.builder().id(String.valueOf(id))
                    .startDate(LocalDateTime.now(zone)).endDate(LocalDateTime.now(zone)).build();
        }
    };

    private ScheduleEvent<Appt> find(String eventId) {
        CalendarEvents.Key key = CalendarEvents.Key.parse(eventId).orElse(null);
        if (key == null) {
            return null;
        }
        try {
            for (ScheduleViews.AppointmentView a : calendar.calendar(key.start(), key.start().plusSeconds(60), null, null,
                    null)) {
                if (a.id() == key.id() && a.start().getEpochSecond() == key.start().getEpochSecond()) {
                    Appt shown = withVersion(CalendarEvents.appt(a), key.version());
                    return event(shown, a.counsellor().id());
                }
            }
        } catch (BusinessException | EJBAccessException e) {
            // not one the caller may see
        }
        return null;
    }

    private static Appt withVersion(Appt a, long version) {
        return new Appt(a.id(), version, a.status(), a.type(), a.counsellorId(), a.counsellor(), a.roomId(), a.room(),
                a.videoLink(), a.clients(), a.start(), a.end(), a.frontDeskNote(), a.cancelReason(), a.inSeries(),
                a.caseId());
    }

    /** Reads the pickers once per view and the ?date=YYYY-MM-DD parameter. */
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

    private ScheduleEvent<Appt> event(Appt a, long counsellorKey) {
        int shade = counsellors.stream().filter(c -> c.id() == counsellorKey).map(CounsellorDirectory.Counsellor::shade)
                .findFirst().orElse(0);
        return CalendarEvents.event(a, shade, zone, editor);
    }

    // ---- booking -----------------------------------------------------------------------------

    /** A click on a free slot: the dialog, prefilled with that start and the filter's counsellor and room. */
    public void onDateSelect(SelectEvent<LocalDateTime> event) {
        form = new Form();
        slotSearch = new SlotSearch();
        refusedDates = List.of();
        LocalDateTime start = event.getObject();
        form.setStart(start.toLocalTime().equals(LocalTime.MIDNIGHT) ? start.withHour(9) : start);
        form.setCounsellorId(counsellorId);
        form.setRoomId(roomId);
        if (bookCase != null) {
            form.setClients(bookCase.members().stream().map(CalendarBacking::option).toList());
            bookCase.members().forEach(m -> caseMembers.put(String.valueOf(m.clientId()), option(m)));
            form.caseChoices = List.of(bookCase);
            form.setCaseId(bookCase.id());
            form.setType(bookCase.kind() == org.tenfold.care.CaseKind.COUPLE ? AppointmentType.COUPLE
                    : AppointmentType.INDIVIDUAL);
            onTypeChange();
        }
    }

    public void onTypeChange() {
        if (form.getType() != null) {
            form.setMinutes((int) form.getType().defaultLength().toMinutes());
        }
    }

    public List<ClientPicker.Option> completeClient(String text) {
        return picker.complete(text);
    }

    /**
     * A client picked or removed: the open cases of the clients now picked, read only then, so the
     * dialog opens without a query for cases. A case chosen before stays while one of its members does.
     */
    public void onClientsChange() {
        List<CaseChoice> found = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        try {
            for (Long clientId : clientIds()) {
                for (CaseChoice c : calendar.openCasesOf(clientId)) {
                    if (seen.add(c.id())) {
                        found.add(c);
                        c.members().forEach(m -> caseMembers.put(String.valueOf(m.clientId()), option(m)));
                    }
                }
            }
        } catch (BusinessException | EJBAccessException e) {
            found.clear();
        }
        form.caseChoices = List.copyOf(found);
        if (form.getCaseId() != null && !seen.contains(form.getCaseId())) {
            form.setCaseId(null);
        }
    }

    /** A couple's case chosen: both partners attend, in a couple session (front desk may still change it). */
    public void onCaseChange() {
        CaseChoice chosen = form.getCaseChoices().stream().filter(c -> form.getCaseId() != null
                && c.id() == form.getCaseId()).findFirst().orElse(null);
        if (chosen == null || chosen.kind() != org.tenfold.care.CaseKind.COUPLE) {
            return;
        }
        form.setClients(chosen.members().stream().map(CalendarBacking::option).toList());
        if (form.getType() != AppointmentType.COUPLE) {
            form.setType(AppointmentType.COUPLE);
            onTypeChange();
        }
    }

    private static ClientPicker.Option option(CaseChoice.Member m) {
        return new ClientPicker.Option(m.clientId(), m.displayName() + " (" + m.chartNumber() + ")");
    }

    public void book() {
        book(false);
    }

    /** After a series was refused for some dates: books the others, leaving those dates out. */
    public void bookOthers() {
        book(true);
    }

    private void book(boolean availableOnly) {
        if (!frontDesk) {
            error("Only front desk books appointments.");
            return;
        }
        Booking booking = booking();
        if (booking == null) {
            return;
        }
        try {
            if (form.getRepeat() == null) {
                ScheduleViews.AppointmentView a = this.booking.book(booking);
                booked("Booked " + DAY_TIME.format(a.start().atZone(zone)) + " with "
                        + a.counsellor().displayName() + ".");
            } else {
                SeriesBooking series = this.booking.bookSeries(booking, form.getRepeat(), form.getUntil() == null
                        ? form.getSessions() : null, form.getUntil(), availableOnly);
                booked("Booked " + series.booked().size() + " sessions " + form.getRepeat().label().toLowerCase(
                        java.util.Locale.ROOT) + " from " + DAY_TIME.format(booking.getStart().atZone(zone))
                        + (series.skipped().isEmpty() ? "." : "; left out " + String.join("; ", series.skipped()) + "."));
            }
        } catch (SeriesConflictException e) {
            refusedDates = e.dates();
            FacesContext.getCurrentInstance().validationFailed();
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    /** The form as a booking, or null (with a message) when it is not complete enough to ask. */
    private Booking booking() {
        if (form.getStart() == null) {
            error("Choose the start time, like 2027-03-15 10:00.");
            return null;
        }
        if (form.getMinutes() == null || form.getMinutes() < 5 || form.getMinutes() > 480) {
            error("The length is between 5 and 480 minutes.");
            return null;
        }
        Booking booking = new Booking();
        booking.setCounsellorId(form.getCounsellorId());
        booking.setRoomId(form.getRoomId());
        booking.setVideoLink(form.getRoomId() == null ? form.getVideoLink() : null);
        booking.setClientIds(clientIds());
        booking.setCaseId(form.getCaseId());
        booking.setType(form.getType());
        Instant start = form.getStart().atZone(zone).toInstant();
        booking.setStart(start);
        booking.setEnd(start.plus(Duration.ofMinutes(form.getMinutes())));
        booking.setFrontDeskNote(form.getNote());
        booking.setOverrideReason(admin ? form.getOverrideReason() : null);
        return booking;
    }

    private List<Long> clientIds() {
        return form.getClients().stream().map(ClientPicker.Option::id).distinct().toList();
    }

    private void booked(String message) {
        refusedDates = List.of();
        shownDate = form.getStart().toLocalDate();
        info(message);
        PrimeFaces.current().ajax().update("cal:messages", "cal:schedule");
    }

    /** The next free times for the form's counsellor, room, clients and length, on the preferred days and hours. */
    public void findSlots() {
        if (form.getCounsellorId() == null) {
            error("Choose a counsellor first.");
            return;
        }
        FreeSlotQuery q = new FreeSlotQuery();
        q.setCounsellorId(form.getCounsellorId());
        q.setRoomId(form.getRoomId());
        q.setClientIds(clientIds());
        q.setMinutes(form.getMinutes() == null ? (int) form.getType().defaultLength().toMinutes() : form.getMinutes());
        q.setFromDay(form.getStart() == null ? null : form.getStart().toLocalDate());
        q.setDays(slotSearch.getDays().stream().map(DayOfWeek::valueOf).collect(Collectors.toSet()));
        q.setEarliest(slotSearch.getEarliest() == null ? null : LocalTime.of(slotSearch.getEarliest(), 0));
        q.setLatest(slotSearch.getLatest() == null ? null : LocalTime.of(slotSearch.getLatest(), 0));
        q.setLimit(8);
        try {
            slotSearch.found = freeSlots.freeSlots(q).stream()
                    .map(slot -> LocalDateTime.ofInstant(slot.start(), zone)).toList();
            slotSearch.searched = true;
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    /** One of the found times, taken into the form's start. */
    public void pickSlot(LocalDateTime start) {
        form.setStart(start);
        slotSearch.found = List.of();
        slotSearch.searched = false;
    }

    public String slotLabel(LocalDateTime t) {
        return DAY_TIME.format(t);
    }

    // ---- moving ------------------------------------------------------------------------------

    public void onEventMove(ScheduleEntryMoveEvent event) {
        Appt a = (Appt) event.getScheduleEvent().getData();
        if (a == null) {
            notFound();
            return;
        }
        shownDate = LocalDateTime.ofInstant(a.start(), zone).toLocalDate();
        Duration shift = Duration.ofDays(event.getDayDelta()).plusMinutes(event.getMinuteDelta());
        ZonedDateTime start = a.start().atZone(zone).plusYears(event.getYearDelta()).plusMonths(event.getMonthDelta())
                .plus(shift);
        move(a, start.toInstant(), start.toInstant().plus(Duration.between(a.start(), a.end())));
    }

    public void onEventResize(ScheduleEntryResizeEvent event) {
        Appt a = (Appt) event.getScheduleEvent().getData();
        if (a == null) {
            notFound();
            return;
        }
        shownDate = LocalDateTime.ofInstant(a.start(), zone).toLocalDate();
        ZonedDateTime start = a.start().atZone(zone).plusYears(event.getYearDeltaStart())
                .plusMonths(event.getMonthDeltaStart()).plusDays(event.getDayDeltaStart())
                .plusMinutes(event.getMinuteDeltaStart());
        ZonedDateTime end = a.end().atZone(zone).plusYears(event.getYearDeltaEnd()).plusMonths(event.getMonthDeltaEnd())
                .plusDays(event.getDayDeltaEnd()).plusMinutes(event.getMinuteDeltaEnd());
        move(a, start.toInstant(), end.toInstant());
    }

    /** A drag of an event that is no longer where the calendar showed it, or not the caller's to see. */
    private void notFound() {
        error("That appointment has changed or is no longer on the calendar; the calendar shows it as it is now.");
        PrimeFaces.current().ajax().update("cal:messages", "cal:schedule");
    }

    /** The appointment dialog's "Move": the same as a drag, for a keyboard or a precise time. */
    public void moveSelected() {
        if (selected == null) {
            return;
        }
        if (moveTo == null) {
            error("Choose the new start, like 2027-03-15 10:00.");
            return;
        }
        Instant start = moveTo.atZone(zone).toInstant();
        if (move(selected, start, start.plus(Duration.between(selected.start(), selected.end())))) {
            PrimeFaces.current().executeScript("PF('apptDialog').hide()");
        }
    }

    private boolean move(Appt a, Instant start, Instant end) {
        if (!editor) {
            error("Only front desk can move appointments.");
            return false;
        }
        try {
            List<ScheduleViews.AppointmentView> moved = booking.move(a.id(), a.version(), start, end, a.roomId(), a.videoLink(), null,
                    a == selected ? scope : SeriesScope.THIS);
            ScheduleViews.AppointmentView first = moved.get(0);
            info("Moved " + (moved.size() == 1 ? "" : moved.size() + " sessions, the first ") + "to "
                    + DAY_TIME.format(first.start().atZone(zone)) + "–" + TIME.format(first.end().atZone(zone))
                    + ".");
            return true;
        } catch (BusinessException e) {
            Screens.show(e); // the schedule is drawn again from the database, so the event goes back
            return false;
        } finally {
            PrimeFaces.current().ajax().update("cal:messages", "cal:schedule");
        }
    }

    // ---- one appointment ---------------------------------------------------------------------

    public void onEventSelect(SelectEvent<ScheduleEvent<Appt>> event) {
        selected = event.getObject() == null ? null : event.getObject().getData();
        if (selected == null) {
            notFound();
            PrimeFaces.current().ajax().addCallbackParam("notFound", true);
            return;
        }
        shownDate = LocalDateTime.ofInstant(selected.start(), zone).toLocalDate();
        cancelReason = null;
        lateCancel = false;
        scope = SeriesScope.THIS;
        moveTo = selected == null ? null : LocalDateTime.ofInstant(selected.start(), zone);
        selectedCase = null;
        if (selected != null && selected.caseId() != null) {
            try {
                selectedCase = calendar.caseChoice(selected.caseId()).label();
            } catch (BusinessException | EJBAccessException e) {
                selectedCase = "Case " + selected.caseId();
            }
        }
    }

    public void cancelSelected() {
        if (selected == null) {
            return;
        }
        if (cancelReason == null || cancelReason.isBlank()) {
            error("Give a reason for the cancellation.");
            return;
        }
        try {
            int count = booking.cancel(selected.id(), cancelReason, lateCancel, scope).size();
            info((lateCancel ? "Late cancellation of " : "Cancelled ") + describe(selected)
                    + (count == 1 ? "." : " and " + (count - 1) + " more sessions of the series."));
            freedAppointment = selected.id();
            freedMatches = waitlist.countMatches(selected.id());
            closeDialog();
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public void checkInSelected() {
        changeSelected(AppointmentStatus.CHECKED_IN, "Checked in: ");
    }

    public void noShowSelected() {
        changeSelected(AppointmentStatus.NO_SHOW, "No-show: ");
    }

    private void changeSelected(AppointmentStatus to, String what) {
        if (selected == null) {
            return;
        }
        try {
            booking.changeStatus(selected.id(), to);
            info(what + describe(selected) + ".");
            closeDialog();
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    private void closeDialog() {
        PrimeFaces.current().ajax().update("cal:messages", "cal:freed", "cal:schedule");
        PrimeFaces.current().executeScript("PF('apptDialog').hide()");
    }

    private String describe(Appt a) {
        return a.clients() + ", " + DAY_TIME.format(a.start().atZone(zone));
    }

    public String when(Appt a) {
        return a == null ? "" : DAY_TIME.format(a.start().atZone(zone)) + "–" + TIME.format(a.end().atZone(zone));
    }

    // ---- filters -----------------------------------------------------------------------------

    public void onFilter() {
        // the schedule is drawn again and asks for its range with the new filter
    }

    private static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    private static void error(String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
    }

    /** The picker's converter, which also knows the members of the cases offered. */
    public Converter<ClientPicker.Option> getClientConverter() {
        Converter<ClientPicker.Option> offered = picker.getConverter();
        return new Converter<>() {
            @Override
            public ClientPicker.Option getAsObject(FacesContext context, jakarta.faces.component.UIComponent component,
                    String value) {
                ClientPicker.Option member = value == null ? null : caseMembers.get(value);
                return member != null ? member : offered.getAsObject(context, component, value);
            }

            @Override
            public String getAsString(FacesContext context, jakarta.faces.component.UIComponent component,
                    ClientPicker.Option value) {
                return offered.getAsString(context, component, value);
            }
        };
    }

    public Recurrence[] getRecurrences() {
        return Recurrence.values();
    }

    public SeriesScope[] getScopes() {
        return SeriesScope.values();
    }

    public String scopeLabel(SeriesScope s) {
        return switch (s) {
            case THIS -> "This session only";
            case THIS_AND_FOLLOWING -> "This and the following sessions";
            case ALL -> "All sessions of the series";
        };
    }

    public DayOfWeek[] getWeekdays() {
        return DayOfWeek.values();
    }

    public String dayLabel(DayOfWeek d) {
        return d.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.UK);
    }

    /** Whole hours offered as the earliest and latest time of a free-time search. */
    public List<Integer> getHours() {
        return HOURS;
    }

    public AppointmentType[] getTypes() {
        return AppointmentType.values();
    }

    public String typeLabel(AppointmentType t) {
        return t.label() + " (" + t.defaultLength().toMinutes() + " min)";
    }

    public ScheduleModel getModel() { return model; }
    public String getZoneId() { return zone == null ? clinic.zone().getId() : zone.getId(); }
    public LocalDate getInitialDate() { return shownDate; }
    /** The middle of the range the schedule shows (its script keeps it), so a redraw stays on it. */
    public String getShownDay() { return shownDate == null ? "" : shownDate.toString(); }
    public void setShownDay(String v) {
        try {
            if (v != null && !v.isBlank() && v.length() <= 10) {
                shownDate = LocalDate.parse(v.strip());
            }
        } catch (DateTimeParseException e) {
            // keep the day shown before
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
    public List<CounsellorDirectory.Counsellor> getCounsellors() { return counsellors; }
    public List<RoomOption> getRooms() { return rooms; }
    public Long getCounsellorId() { return counsellorId; }
    public void setCounsellorId(Long v) { counsellorId = v; }
    public Long getRoomId() { return roomId; }
    public void setRoomId(Long v) { roomId = v; }
    public Form getForm() { return form; }
    public SlotSearch getSlotSearch() { return slotSearch; }
    public List<String> getRefusedDates() { return refusedDates; }
    public boolean isAdmin() { return admin; }
    public SeriesScope getScope() { return scope; }
    public void setScope(SeriesScope v) { scope = v == null ? SeriesScope.THIS : v; }
    public Appt getSelected() { return selected; }
    public String getSelectedCase() { return selectedCase; }
    public Long getFreedAppointment() { return freedAppointment; }
    public long getFreedMatches() { return freedMatches; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String v) { cancelReason = v; }
    public boolean isLateCancel() { return lateCancel; }
    public void setLateCancel(boolean v) { lateCancel = v; }
    public LocalDateTime getMoveTo() { return moveTo; }
    public void setMoveTo(LocalDateTime v) { moveTo = v; }
}

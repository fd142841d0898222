package org.tenfold.scheduling;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.event.ComponentSystemEvent;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import org.primefaces.event.SelectEvent;
import org.tenfold.care.CaseKind;
import org.tenfold.client.ClientPicker;
import org.tenfold.platform.BusinessException;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.shell.Screens;

/**
 * The calendar's booking dialog, opened from a free slot or from "Book…" (the next free time). It starts
 * from the calendar's counsellor and room filters and the first free room; picking a client brings their
 * open case and its counsellor, so a slot, a client and Book are enough. Everything missing is named at
 * once, beside its field.
 */
@Named
@ViewScoped
public class BookingDialog implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<Integer> HOURS = java.util.stream.IntStream.rangeClosed(7, 21).boxed().toList();
    /** Where "Book…" starts on a day with nothing else to go by, and when the clinic day is over. */
    private static final LocalTime MORNING = LocalTime.of(9, 0);
    private static final LocalTime EVENING = LocalTime.of(19, 0);
    /** Which of the dialog's fields shows a refusal of each booking field. */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("start", "book:start"),
            Map.entry("end", "book:minutes"), Map.entry("type", "book:type"),
            Map.entry("counsellorId", "book:counsellor"), Map.entry("clientIds", "book:clients"),
            Map.entry("caseId", "book:case"), Map.entry("roomId", "book:room"), Map.entry("videoLink", "book:videoLink"),
            Map.entry("frontDeskNote", "book:note"), Map.entry("recurrence", "book:repeat"),
            Map.entry("count", "book:sessions"), Map.entry("until", "book:until"));

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

    @Inject
    CalendarBacking calendar;

    @Inject
    BookingService booking;

    @Inject
    CalendarQueries queries;

    @Inject
    FreeSlots freeSlots;

    @Inject
    ClientPicker picker;

    private Form form = new Form();
    private SlotSearch slotSearch = new SlotSearch();
    private List<String> refusedDates = List.of();
    /** The members of the cases offered, so the client picker takes a partner filled in from a case. */
    private final Map<String, ClientPicker.Option> caseMembers = new HashMap<>();

    // ---- opening ------------------------------------------------------------------------------

    /** A click on a free slot: the dialog at that start. */
    public void onDateSelect(SelectEvent<LocalDateTime> event) {
        LocalDateTime start = event.getObject();
        open(start.toLocalTime().equals(LocalTime.MIDNIGHT) ? start.withHour(MORNING.getHour()) : start);
    }

    /**
     * "Book…": the dialog at the next free time from the first day shown (the filtered counsellor's and room's
     * next free slot when a counsellor is chosen; else the next half hour of the clinic day).
     */
    public void openNext() {
        LocalDate today = LocalDate.now(calendar.zone());
        LocalDate shown = calendar.getFirstShownDay();
        LocalDate day = shown == null || shown.isBefore(today) ? today : shown;
        LocalDateTime start = null;
        if (calendar.getCounsellorId() != null) {
            FreeSlotQuery q = new FreeSlotQuery();
            q.setCounsellorId(calendar.getCounsellorId());
            q.setRoomId(calendar.getRoomId());
            q.setMinutes((int) AppointmentType.INDIVIDUAL.defaultLength().toMinutes());
            q.setFromDay(day);
            q.setLimit(1);
            try {
                start = freeSlots.freeSlots(q).stream().findFirst()
                        .map(s -> LocalDateTime.ofInstant(s.start(), calendar.zone())).orElse(null);
            } catch (BusinessException | EJBAccessException e) {
                start = null;
            }
        }
        if (start == null && day.isAfter(today)) {
            start = day.atTime(MORNING);
        } else if (start == null) {
            start = nextHalfHour(LocalDateTime.now(calendar.zone()));
            if (!start.toLocalDate().equals(today) || start.toLocalTime().isAfter(EVENING)) {
                start = today.plusDays(1).atTime(MORNING);
            } else if (start.toLocalTime().isBefore(MORNING)) {
                start = today.atTime(MORNING);
            }
        }
        open(start);
    }

    private static LocalDateTime nextHalfHour(LocalDateTime t) {
        LocalDateTime hour = t.truncatedTo(ChronoUnit.HOURS);
        return t.isBefore(hour.plusMinutes(30)) ? hour.plusMinutes(30) : hour.plusHours(1);
    }

    /** A new form at that start, with the calendar's counsellor and room filters and the first free room. */
    private void open(LocalDateTime start) {
        form = new Form();
        slotSearch = new SlotSearch();
        refusedDates = List.of();
        form.setStart(start);
        form.setCounsellorId(calendar.getCounsellorId());
        form.setRoomId(calendar.getRoomId());
        CaseChoice bookCase = calendar.getBookCase();
        if (bookCase != null) {
            bookCase.members().forEach(m -> caseMembers.put(String.valueOf(m.clientId()), option(m)));
            form.caseChoices = List.of(bookCase);
            choose(bookCase);
        }
        firstFreeRoom();
    }

    /** Without a room filter, the first room free for the whole of the form's time (none: a video session). */
    private void firstFreeRoom() {
        if (form.getRoomId() != null || calendar.getRoomId() != null || form.getStart() == null) {
            return;
        }
        Instant start = form.getStart().atZone(calendar.zone()).toInstant();
        int minutes = form.getMinutes() == null ? (int) form.getType().defaultLength().toMinutes() : form.getMinutes();
        try {
            Set<Long> offered = calendar.getRooms().stream().map(CalendarBacking.RoomOption::id)
                    .collect(Collectors.toSet());
            freeSlots.freeRooms(start, start.plus(Duration.ofMinutes(Math.max(5, minutes)))).stream()
                    .filter(offered::contains).findFirst().ifPresent(form::setRoomId);
        } catch (BusinessException | EJBAccessException e) {
            // no room preset: front desk chooses one
        }
    }

    // ---- the fields ---------------------------------------------------------------------------

    public void onTypeChange() {
        if (form.getType() != null) {
            form.setMinutes((int) form.getType().defaultLength().toMinutes());
        }
    }

    public List<ClientPicker.Option> completeClient(String text) {
        return picker.complete(text);
    }

    /**
     * A client picked or removed: the open cases of the clients now picked, read only then, so the dialog
     * opens without a query for cases. A case chosen before stays while one of its members does; with no
     * case chosen, a client's only open case is chosen, and with it its counsellor when none is.
     */
    public void onClientsChange() {
        List<CaseChoice> found = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        try {
            for (Long clientId : clientIds()) {
                for (CaseChoice c : queries.openCasesOf(clientId)) {
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
        if (form.getCaseId() == null && found.size() == 1) {
            int before = form.getClients().size();
            choose(found.get(0));
            if (form.getClients().size() != before) {
                // a partner came with the couple's case: the picker shows both, and keeps the focus
                PrimeFaces.current().ajax().update("book:clients");
                PrimeFaces.current().focus(":book:clients");
            }
        }
    }

    /** A case chosen from the menu: its members and kind, and its counsellor when none is chosen. */
    public void onCaseChange() {
        form.getCaseChoices().stream().filter(c -> form.getCaseId() != null && c.id() == form.getCaseId()).findFirst()
                .ifPresent(this::choose);
    }

    /** A couple's case: both partners attend, in a couple session (front desk may still change it). */
    private void choose(CaseChoice chosen) {
        form.setCaseId(chosen.id());
        if (form.getCounsellorId() == null && chosen.counsellorId() != null && calendar.getCounsellors().stream()
                .anyMatch(c -> c.id() == chosen.counsellorId())) {
            form.setCounsellorId(chosen.counsellorId());
        }
        if (chosen.kind() != CaseKind.COUPLE) {
            return;
        }
        form.setClients(chosen.members().stream().map(BookingDialog::option).toList());
        if (form.getType() != AppointmentType.COUPLE) {
            form.setType(AppointmentType.COUPLE);
            onTypeChange();
        }
    }

    private static ClientPicker.Option option(CaseChoice.Member m) {
        return new ClientPicker.Option(m.clientId(), m.displayName() + " (" + m.chartNumber() + ")");
    }

    // ---- booking ------------------------------------------------------------------------------

    /**
     * After the form's fields are converted: when one was refused (a start that is not a date and time, say),
     * the action does not run, so that field takes the focus here. Whoever pressed Book from the keyboard at
     * the dialog's foot lands on the field to fix, its message beside it, instead of on a silent Book.
     */
    public void focusFirstInvalid(ComponentSystemEvent event) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.isValidationFailed()) {
            return;
        }
        String[] first = new String[1];
        event.getComponent().visitTree(VisitContext.createVisitContext(faces, null, Set.of(VisitHint.SKIP_UNRENDERED)),
                (context, component) -> {
                    if (component instanceof EditableValueHolder input && !input.isValid()) {
                        first[0] = component.getClientId(faces);
                        return VisitResult.COMPLETE;
                    }
                    return VisitResult.ACCEPT;
                });
        if (first[0] != null) {
            PrimeFaces.current().focus(first[0]);
        }
    }

    public void book() {
        book(false);
    }

    /** After a series was refused for some dates: books the others, leaving those dates out. */
    public void bookOthers() {
        book(true);
    }

    private void book(boolean availableOnly) {
        if (!calendar.isFrontDesk()) {
            CalendarBacking.error("Only front desk books appointments.");
            return;
        }
        Booking request = booking();
        Map<String, String> missing = new LinkedHashMap<>(request.missing());
        if (form.getMinutes() == null || form.getMinutes() < 5 || form.getMinutes() > 480) {
            missing.put("end", "The length is between 5 and 480 minutes.");
        }
        if (!missing.isEmpty()) {
            refuse(new InvalidInputException(missing));
            return;
        }
        try {
            if (form.getRepeat() == null) {
                ScheduleViews.AppointmentView a = booking.book(request);
                booked(a.id(), "Booked " + calendar.dayTime(a.start()) + " with " + a.counsellor().displayName() + ".");
            } else {
                SeriesBooking series = booking.bookSeries(request, form.getRepeat(), form.getUntil() == null
                        ? form.getSessions() : null, form.getUntil(), availableOnly);
                booked(series.booked().isEmpty() ? null : series.booked().get(0).id(), "Booked "
                        + series.booked().size() + " sessions " + form.getRepeat().label().toLowerCase(Locale.ROOT)
                        + " from " + calendar.dayTime(request.getStart())
                        + (series.skipped().isEmpty() ? "." : "; left out " + String.join("; ", series.skipped()) + "."));
            }
        } catch (SeriesConflictException e) {
            refusedDates = e.dates();
            FacesContext.getCurrentInstance().validationFailed();
        } catch (BusinessException e) {
            refuse(e);
        }
    }

    /** A refusal: each field's beside it (the first of them focused), the rest above the form. */
    private void refuse(BusinessException e) {
        Screens.show(e, this::componentOf);
        if (e instanceof InvalidInputException invalid) {
            invalid.fieldErrors().keySet().stream().map(this::componentOf).filter(java.util.Objects::nonNull)
                    .findFirst().ifPresent(c -> PrimeFaces.current().focus(":" + c));
        }
    }

    private String componentOf(String field) {
        if ("overrideReason".equals(field)) {
            return calendar.isAdmin() ? "book:override" : null;
        }
        if (("count".equals(field) || "until".equals(field)) && form.getRepeat() == null) {
            return null;
        }
        return FIELDS.get(field);
    }

    /** The form as a booking request; what it lacks is the request's to name. */
    private Booking booking() {
        Booking request = new Booking();
        request.setCounsellorId(form.getCounsellorId());
        request.setRoomId(form.getRoomId());
        request.setVideoLink(form.getRoomId() == null ? form.getVideoLink() : null);
        request.setClientIds(clientIds());
        request.setCaseId(form.getCaseId());
        request.setType(form.getType());
        if (form.getStart() != null) {
            Instant start = form.getStart().atZone(calendar.zone()).toInstant();
            request.setStart(start);
            if (form.getMinutes() != null) {
                request.setEnd(start.plus(Duration.ofMinutes(form.getMinutes())));
            }
        }
        request.setFrontDeskNote(form.getNote());
        request.setOverrideReason(calendar.isAdmin() ? form.getOverrideReason() : null);
        return request;
    }

    private List<Long> clientIds() {
        return form.getClients().stream().map(ClientPicker.Option::id).distinct().toList();
    }

    /** Booked: the message above the calendar, the calendar at its day, the new appointment to focus. */
    private void booked(Long appointmentId, String message) {
        refusedDates = List.of();
        calendar.show(form.getStart().toLocalDate());
        CalendarBacking.info(message);
        if (appointmentId != null) {
            PrimeFaces.current().ajax().addCallbackParam("appointment", appointmentId);
        }
        PrimeFaces.current().ajax().update("cal:messages", "cal:schedule");
    }

    // ---- finding a free time ------------------------------------------------------------------

    /** The next free times for the form's counsellor, room, clients and length, on the preferred days and hours. */
    public void findSlots() {
        if (form.getCounsellorId() == null) {
            FacesContext.getCurrentInstance().addMessage("book:counsellor",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, "Choose a counsellor first.", null));
            FacesContext.getCurrentInstance().validationFailed();
            PrimeFaces.current().ajax().update("book:counsellorMessage");
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
                    .map(slot -> LocalDateTime.ofInstant(slot.start(), calendar.zone())).toList();
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
        return calendar.dayTime(t);
    }

    // ---- what the dialog offers ---------------------------------------------------------------

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

    public DayOfWeek[] getWeekdays() {
        return DayOfWeek.values();
    }

    public String dayLabel(DayOfWeek d) {
        return d.getDisplayName(java.time.format.TextStyle.SHORT, Locale.UK);
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

    public Form getForm() { return form; }
    public SlotSearch getSlotSearch() { return slotSearch; }
    public List<String> getRefusedDates() { return refusedDates; }
}

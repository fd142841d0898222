package org.tenfold.waitlist;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import org.tenfold.client.ClientPicker;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.platform.BusinessException;
import org.tenfold.scheduling.ScheduleViews.AppointmentView;
import org.tenfold.scheduling.ScheduleViews.ClientRef;
import org.tenfold.scheduling.AppointmentType;
import org.tenfold.scheduling.CounsellorDirectory;
import org.tenfold.shell.Ids;
import org.tenfold.shell.Screens;
import org.tenfold.staff.Roles;

/**
 * The waitlist screen: who waits, oldest first, with what suits them. Front desk adds, edits and
 * removes entries (administrators edit and remove); with {@code ?freed=<cancelled appointment>} it
 * shows that slot and who fits it, each with a one-click "Book". Counsellors see the entries that
 * name them, without the actions.
 */
@Named
@ViewScoped
public class WaitlistBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = org.tenfold.shell.DateTimes.TIME;

    /** One waiting entry as the tables show it: names and preferences, nothing clinical. */
    public record Row(long id, String clients, String type, String counsellor, String days, String times,
            String waitingSince, String note, String addedBy) implements Serializable {
    }

    /** A waiting entry as it was read, to prefill the edit dialog; the version is the one the edit is made to. */
    public record Loaded(long version, String clients, Long counsellorId, String counsellorName, AppointmentType type,
            DayOfWeek[] days, String earliest, String latest, String note) implements Serializable {
    }

    /** What was just booked from the freed slot, with the calendar day to open. */
    public record Booked(long appointmentId, String text, LocalDate date) implements Serializable {
    }

    /** The add dialog's fields; times are typed as clinic wall-clock times like 09:00. */
    public static class Form implements Serializable {
        private static final long serialVersionUID = 1L;
        private List<ClientPicker.Option> clients = new ArrayList<>();
        private Long counsellorId;
        private AppointmentType type = AppointmentType.INTAKE;
        private DayOfWeek[] days = new DayOfWeek[0];
        private String earliest;
        private String latest;
        private String note;

        public List<ClientPicker.Option> getClients() { return clients; }
        public void setClients(List<ClientPicker.Option> v) { clients = v == null ? new ArrayList<>() : new ArrayList<>(v); }
        public Long getCounsellorId() { return counsellorId; }
        public void setCounsellorId(Long v) { counsellorId = v; }
        public AppointmentType getType() { return type; }
        public void setType(AppointmentType v) { type = v; }
        public DayOfWeek[] getDays() { return days; }
        public void setDays(DayOfWeek[] v) { days = v == null ? new DayOfWeek[0] : v.clone(); }
        public String getEarliest() { return earliest; }
        public void setEarliest(String v) { earliest = v; }
        public String getLatest() { return latest; }
        public void setLatest(String v) { latest = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
    }

    @Inject
    WaitlistService waitlist;

    @Inject
    ClinicProfile clinic;

    @Inject
    CounsellorDirectory directory;

    @Inject
    ClientPicker picker;

    private String freed;
    private ZoneId zone;
    private boolean frontDesk;
    private boolean editor;
    private List<CounsellorDirectory.Counsellor> counsellors = List.of();
    private List<Row> rows = List.of();
    private Opening opening;
    private List<Row> matches = List.of();
    private Booked booked;
    private Form form = new Form();
    private Long removing;
    private String removeReason;
    private Map<Long, Loaded> loaded = Map.of();
    private Long editing;
    private Loaded editingLoaded;
    private Form edit = new Form();

    /** Reads the list, the counsellors for the add dialog and, with ?freed=, the slot and who fits it. */
    public void init() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        ExternalContext external = faces.getExternalContext();
        zone = clinic.zone();
        frontDesk = external.isUserInRole(Roles.FRONT_DESK);
        editor = frontDesk || external.isUserInRole(Roles.ADMIN);
        if (editor) {
            counsellors = directory.active();
        }
        if (freed != null && !freed.isBlank()) {
            OptionalLong id = Ids.parse(freed);
            if (id.isEmpty()) {
                Screens.notFound();
                return;
            }
            if (!editor) {
                Screens.error("Only front desk books from the waitlist.");
            } else {
                try {
                    opening = waitlist.freedBy(id.getAsLong());
                } catch (BusinessException e) {
                    Screens.show(e);
                    if (faces.getResponseComplete()) {
                        return;
                    }
                }
            }
        }
        reload();
    }

    private void reload() {
        try {
            List<WaitlistView> waiting = waitlist.waiting();
            rows = waiting.stream().map(this::row).toList();
            Map<Long, Loaded> read = new HashMap<>();
            waiting.forEach(e -> read.put(e.id(), loaded(e)));
            loaded = read;
            matches = opening == null ? List.of() : waitlist.matches(opening).stream().map(this::row).toList();
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    private Row row(WaitlistView e) {
        String names = e.clients().stream().map(c -> c.displayName() + " (" + c.chartNumber() + ")").sorted()
                .collect(Collectors.joining(" & "));
        long days = ChronoUnit.DAYS.between(e.addedAt().atZone(zone).toLocalDate(), LocalDate.now(zone));
        return new Row(e.id(), names, typeLabel(e.type()),
                e.counsellor() == null ? "Anyone" : e.counsellor().displayName(), days(e), times(e),
                DAY.format(e.addedAt().atZone(zone)) + (days == 0 ? " (today)" : days == 1 ? " (1 day)"
                        : " (" + days + " days)"),
                e.frontDeskNote(), e.addedBy());
    }

    private Loaded loaded(WaitlistView e) {
        String names = e.clients().stream().map(c -> c.displayName() + " (" + c.chartNumber() + ")").sorted()
                .collect(Collectors.joining(" & "));
        return new Loaded(e.version(), names, e.counsellorId(),
                e.counsellor() == null ? null : e.counsellor().displayName(), e.type(),
                e.preferredDays().toArray(new DayOfWeek[0]),
                e.earliest() == null ? null : TIME.format(e.earliest()),
                e.latest() == null ? null : TIME.format(e.latest()), e.frontDeskNote());
    }

    private static String days(WaitlistView e) {
        return e.preferredDays().isEmpty() ? "Any day" : e.preferredDays().stream()
                .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.UK)).collect(Collectors.joining(", "));
    }

    private static String times(WaitlistView e) {
        if (e.earliest() == null && e.latest() == null) {
            return "Any time";
        }
        if (e.latest() == null) {
            return "From " + TIME.format(e.earliest());
        }
        if (e.earliest() == null) {
            return "Ending by " + TIME.format(e.latest());
        }
        return TIME.format(e.earliest()) + "–" + TIME.format(e.latest());
    }

    // ---- adding ----------------------------------------------------------------------------------

    public void openAdd() {
        form = new Form();
    }

    public List<ClientPicker.Option> completeClient(String text) {
        return picker.complete(text);
    }

    public void add() {
        if (!frontDesk) {
            Screens.error("Only front desk adds clients to the waitlist.");
            return;
        }
        LocalTime earliest;
        LocalTime latest;
        try {
            earliest = time(form.getEarliest());
            latest = time(form.getLatest());
        } catch (DateTimeParseException e) {
            Screens.error("Write times like 09:00 or 17:30.");
            return;
        }
        WaitlistRequest request = new WaitlistRequest();
        request.setClientIds(form.getClients().stream().map(ClientPicker.Option::id).distinct().toList());
        request.setCounsellorId(form.getCounsellorId());
        request.setType(form.getType());
        request.setDays(Arrays.asList(form.getDays()).stream().collect(Collectors.toSet()));
        request.setEarliest(earliest);
        request.setLatest(latest);
        request.setFrontDeskNote(form.getNote());
        try {
            WaitlistView entry = waitlist.add(request);
            said("Added " + entry.clients().stream().map(WaitlistView.Member::displayName).sorted()
                    .collect(Collectors.joining(" & ")) + " to the waitlist.");
            reload();
            PrimeFaces.current().ajax().update("wl");
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    private static LocalTime time(String text) {
        return text == null || text.isBlank() ? null : LocalTime.parse(text.strip());
    }

    // ---- editing ---------------------------------------------------------------------------------

    /** Opens the edit dialog with the entry as the list showed it; the save is made to that version. */
    public void openEdit(long id) {
        editing = null;
        editingLoaded = loaded.get(id);
        edit = new Form();
        if (editingLoaded == null) {
            Screens.error("This waitlist entry is no longer on the list.");
            PrimeFaces.current().ajax().update("wl:messages");
            return;
        }
        editing = id;
        edit.setCounsellorId(editingLoaded.counsellorId());
        edit.setType(editingLoaded.type());
        edit.setDays(editingLoaded.days());
        edit.setEarliest(editingLoaded.earliest());
        edit.setLatest(editingLoaded.latest());
        edit.setNote(editingLoaded.note());
    }

    /** Saves the edit with the rules of adding; a stale or no longer waiting entry is refused and the list re-read. */
    public void saveEdit() {
        if (editing == null || !editor) {
            Screens.error("Only front desk and administrators change waitlist entries.");
            return;
        }
        LocalTime earliest;
        LocalTime latest;
        try {
            earliest = time(edit.getEarliest());
            latest = time(edit.getLatest());
        } catch (DateTimeParseException e) {
            Screens.error("Write times like 09:00 or 17:30.");
            return;
        }
        WaitlistRequest request = new WaitlistRequest();
        request.setCounsellorId(edit.getCounsellorId());
        request.setType(edit.getType());
        request.setDays(Arrays.asList(edit.getDays()).stream().collect(Collectors.toSet()));
        request.setEarliest(earliest);
        request.setLatest(latest);
        request.setFrontDeskNote(edit.getNote());
        try {
            waitlist.update(editing, editingLoaded.version(), request);
            said("Saved the waitlist entry of " + editingLoaded.clients() + ".");
            editing = null;
            reload();
            PrimeFaces.current().ajax().update("wl");
        } catch (BusinessException e) {
            Screens.show(e);
            if (e.kind() == BusinessException.Kind.STALE || e.kind() == BusinessException.Kind.CONFLICT) {
                reload(); // the list shows what is there now; opening Edit again starts from it
                PrimeFaces.current().ajax().update("wl:table");
            }
        } catch (EJBAccessException e) {
            Screens.error("Only front desk and administrators change waitlist entries.");
        }
    }

    /** The counsellors to offer when editing: the active ones, and the entry's own if no longer active. */
    public List<CounsellorDirectory.Counsellor> getEditCounsellors() {
        if (editingLoaded == null || editingLoaded.counsellorId() == null
                || counsellors.stream().anyMatch(c -> c.id() == editingLoaded.counsellorId())) {
            return counsellors;
        }
        List<CounsellorDirectory.Counsellor> all = new ArrayList<>(counsellors);
        all.add(new CounsellorDirectory.Counsellor(editingLoaded.counsellorId(), null,
                editingLoaded.counsellorName(), 0));
        return all;
    }

    // ---- removing --------------------------------------------------------------------------------

    public void openRemove(long id) {
        removing = id;
        removeReason = null;
    }

    public void remove() {
        if (removing == null || !editor) {
            return;
        }
        try {
            waitlist.remove(removing, removeReason);
            said("Taken off the waitlist.");
            reload();
            PrimeFaces.current().ajax().update("wl");
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    // ---- booking from the freed slot ------------------------------------------------------------

    /** The one-click "Book": the entry into the freed slot, with every check of a booking. */
    public void book(long entryId) {
        if (opening == null || !editor) {
            return;
        }
        try {
            AppointmentView a = waitlist.bookFreedSlot(entryId, opening.appointmentId());
            String names = a.clients().stream().map(ClientRef::displayName).sorted()
                    .collect(Collectors.joining(" & "));
            booked = new Booked(a.id(), "Booked " + names + ": " + a.type().label() + " on "
                    + DAY_TIME.format(a.start().atZone(zone)) + "–" + TIME.format(a.end().atZone(zone))
                    + " with " + a.counsellor().displayName() + ".", a.start().atZone(zone).toLocalDate());
        } catch (BusinessException e) {
            Screens.show(e);
        } catch (EJBAccessException e) {
            Screens.error("Only front desk books from the waitlist.");
        }
        reload();
    }

    /** "Tue 15 Jun 2027, 10:00–10:50 with Sam Counsellor in Harbour Room". */
    public String getOpeningText() {
        if (opening == null) {
            return "";
        }
        return DAY_TIME.format(opening.start().atZone(zone)) + "–" + TIME.format(opening.end().atZone(zone))
                + " with " + opening.counsellorName() + (opening.roomName() != null ? " in " + opening.roomName()
                        : " by video");
    }

    public LocalDate getOpeningDate() {
        return opening == null ? null : opening.start().atZone(zone).toLocalDate();
    }

    /** An outcome shown on this page (not kept for the next one, unlike {@link Screens#info}). */
    private static void said(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    public AppointmentType[] getTypes() {
        return AppointmentType.values();
    }

    public String typeLabel(AppointmentType t) {
        return t.label() + " (" + t.defaultLength().toMinutes() + " min)";
    }

    public DayOfWeek[] getWeekDays() {
        return DayOfWeek.values();
    }

    public String dayLabel(DayOfWeek d) {
        return d.getDisplayName(TextStyle.SHORT, Locale.UK);
    }

    public ClientPicker getPicker() { return picker; }
    public String getFreed() { return freed; }
    public void setFreed(String v) { freed = v; }
    public boolean isFrontDesk() { return frontDesk; }
    public boolean isEditor() { return editor; }
    public List<CounsellorDirectory.Counsellor> getCounsellors() { return counsellors; }
    public List<Row> getRows() { return rows; }
    public Opening getOpening() { return opening; }
    public List<Row> getMatches() { return matches; }
    public Booked getBooked() { return booked; }
    public Form getForm() { return form; }
    public String getRemoveReason() { return removeReason; }
    public Form getEdit() { return edit; }
    public Loaded getEditingLoaded() { return editingLoaded; }
    public void setRemoveReason(String v) { removeReason = v; }
}

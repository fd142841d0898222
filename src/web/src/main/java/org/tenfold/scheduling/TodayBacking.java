package org.tenfold.scheduling;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Locale;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.platform.BusinessException;
import org.tenfold.shell.Screens;
import org.tenfold.staff.Roles;

/** Front desk's day: every counsellor's appointments of today (clinic time), with one-click arrivals. */
@Named
@ViewScoped
public class TodayBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = org.tenfold.shell.DateTimes.TIME;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    /** One line of the day; names, times and places only. */
    public record Row(long id, String time, String clients, String type, String counsellor, String place,
            AppointmentStatus status) implements Serializable {

        public boolean isBooked() {
            return status == AppointmentStatus.BOOKED;
        }

        public String getStatusLabel() {
            return status == null ? "" : status.label();
        }
    }

    @Inject
    CalendarQueries calendar;

    @Inject
    BookingService booking;

    @Inject
    ClinicProfile clinic;

    private List<Row> rows = List.of();
    private String day;
    private boolean editor;

    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        editor = faces.getExternalContext().isUserInRole(Roles.FRONT_DESK)
                || faces.getExternalContext().isUserInRole(Roles.ADMIN);
        ZoneId zone = clinic.zone();
        LocalDate today = LocalDate.now(zone);
        day = DAY.format(today);
        try {
            rows = calendar.calendar(today.atStartOfDay(zone).toInstant(),
                    today.plusDays(1).atStartOfDay(zone).toInstant(), null, null, null).stream()
                    .map(a -> new Row(a.id(),
                            TIME.format(a.start().atZone(zone)) + "–" + TIME.format(a.end().atZone(zone)),
                            a.clients().stream().map(ScheduleViews.ClientRef::displayName).sorted()
                                    .collect(Collectors.joining(" & ")),
                            a.type().label(), a.counsellor().displayName(), a.place(), a.status()))
                    .toList();
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public void checkIn(long id) {
        change(id, AppointmentStatus.CHECKED_IN, "Checked in ");
    }

    public void noShow(long id) {
        change(id, AppointmentStatus.NO_SHOW, "No-show recorded for ");
    }

    private void change(long id, AppointmentStatus to, String what) {
        String who = rows.stream().filter(r -> r.id() == id).map(Row::clients).findFirst().orElse("the appointment");
        try {
            booking.changeStatus(id, to);
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_INFO, what + who + ".", null));
        } catch (BusinessException e) {
            Screens.show(e);
        }
        load();
    }

    public List<Row> getRows() { return rows; }
    public String getDay() { return day; }
    public boolean isEditor() { return editor; }
}

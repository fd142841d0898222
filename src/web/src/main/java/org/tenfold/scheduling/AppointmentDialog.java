package org.tenfold.scheduling;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.event.SelectEvent;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.event.schedule.ScheduleEntryResizeEvent;
import org.primefaces.model.ScheduleEvent;
import org.tenfold.platform.BusinessException;
import org.tenfold.shell.Screens;
import org.tenfold.waitlist.WaitlistService;

/**
 * One appointment on the calendar: its dialog (details; check-in, no-show, move to a time, cancel with a
 * reason, for this session or more of its series) and the moves made by dragging or resizing it.
 */
@Named
@ViewScoped
public class AppointmentDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CalendarBacking calendar;

    @Inject
    BookingService booking;

    @Inject
    CalendarQueries queries;

    @Inject
    WaitlistService waitlist;

    private CalendarAppointment selected;
    private String selectedCase;
    /** The appointment cancelled last on this view, and how many waiting clients fit its slot. */
    private Long freedAppointment;
    private long freedMatches;
    private SeriesScope scope = SeriesScope.THIS;
    private String cancelReason;
    private boolean lateCancel;
    private LocalDateTime moveTo;

    // ---- one appointment ---------------------------------------------------------------------

    public void onEventSelect(SelectEvent<ScheduleEvent<CalendarAppointment>> event) {
        selected = event.getObject() == null ? null : event.getObject().getData();
        if (selected == null) {
            notFound();
            PrimeFaces.current().ajax().addCallbackParam("notFound", true);
            return;
        }
        calendar.show(selected.start());
        cancelReason = null;
        lateCancel = false;
        scope = SeriesScope.THIS;
        moveTo = LocalDateTime.ofInstant(selected.start(), calendar.zone());
        selectedCase = null;
        if (selected.caseId() != null) {
            try {
                selectedCase = queries.caseChoice(selected.caseId()).label();
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
            CalendarBacking.error("Give a reason for the cancellation.");
            return;
        }
        try {
            int count = booking.cancel(selected.id(), cancelReason, lateCancel, scope).size();
            CalendarBacking.info((lateCancel ? "Late cancellation of " : "Cancelled ") + describe(selected)
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
            CalendarBacking.info(what + describe(selected) + ".");
            closeDialog();
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    private void closeDialog() {
        PrimeFaces.current().ajax().update("cal:messages", "cal:freed", "cal:schedule");
        PrimeFaces.current().executeScript("PF('apptDialog').hide()");
    }

    private String describe(CalendarAppointment a) {
        return a.clients() + ", " + calendar.dayTime(a.start());
    }

    public String when(CalendarAppointment a) {
        return a == null ? "" : calendar.dayTime(a.start()) + "–" + calendar.time(a.end());
    }

    // ---- moving ------------------------------------------------------------------------------

    public void onEventMove(ScheduleEntryMoveEvent event) {
        CalendarAppointment a = (CalendarAppointment) event.getScheduleEvent().getData();
        if (a == null) {
            notFound();
            return;
        }
        calendar.show(a.start());
        Duration shift = Duration.ofDays(event.getDayDelta()).plusMinutes(event.getMinuteDelta());
        ZonedDateTime start = a.start().atZone(calendar.zone()).plusYears(event.getYearDelta())
                .plusMonths(event.getMonthDelta()).plus(shift);
        move(a, start.toInstant(), start.toInstant().plus(Duration.between(a.start(), a.end())));
    }

    public void onEventResize(ScheduleEntryResizeEvent event) {
        CalendarAppointment a = (CalendarAppointment) event.getScheduleEvent().getData();
        if (a == null) {
            notFound();
            return;
        }
        calendar.show(a.start());
        ZonedDateTime start = a.start().atZone(calendar.zone()).plusYears(event.getYearDeltaStart())
                .plusMonths(event.getMonthDeltaStart()).plusDays(event.getDayDeltaStart())
                .plusMinutes(event.getMinuteDeltaStart());
        ZonedDateTime end = a.end().atZone(calendar.zone()).plusYears(event.getYearDeltaEnd())
                .plusMonths(event.getMonthDeltaEnd()).plusDays(event.getDayDeltaEnd())
                .plusMinutes(event.getMinuteDeltaEnd());
        move(a, start.toInstant(), end.toInstant());
    }

    /** A drag of an event that is no longer where the calendar showed it, or not the caller's to see. */
    private void notFound() {
        CalendarBacking.error("That appointment has changed or is no longer on the calendar; the calendar shows it as"
                + " it is now.");
        PrimeFaces.current().ajax().update("cal:messages", "cal:schedule");
    }

    /** The appointment dialog's "Move": the same as a drag, for a keyboard or a precise time. */
    public void moveSelected() {
        if (selected == null) {
            return;
        }
        if (moveTo == null) {
            CalendarBacking.error("Choose the new start, like 2027-03-15 10:00.");
            return;
        }
        Instant start = moveTo.atZone(calendar.zone()).toInstant();
        if (move(selected, start, start.plus(Duration.between(selected.start(), selected.end())))) {
            PrimeFaces.current().executeScript("PF('apptDialog').hide()");
        }
    }

    private boolean move(CalendarAppointment a, Instant start, Instant end) {
        if (!calendar.isEditor()) {
            CalendarBacking.error("Only front desk can move appointments.");
            return false;
        }
        try {
            List<ScheduleViews.AppointmentView> moved = booking.move(a.id(), a.version(), start, end, a.roomId(),
                    a.videoLink(), null, a == selected ? scope : SeriesScope.THIS);
            ScheduleViews.AppointmentView first = moved.get(0);
            CalendarBacking.info("Moved " + (moved.size() == 1 ? "" : moved.size() + " sessions, the first ") + "to "
                    + calendar.dayTime(first.start()) + "–" + calendar.time(first.end()) + ".");
            return true;
        } catch (BusinessException e) {
            Screens.show(e); // the schedule is drawn again from the database, so the event goes back
            return false;
        } finally {
            PrimeFaces.current().ajax().update("cal:messages", "cal:schedule");
        }
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

    public SeriesScope getScope() { return scope; }
    public void setScope(SeriesScope v) { scope = v == null ? SeriesScope.THIS : v; }
    public CalendarAppointment getSelected() { return selected; }
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

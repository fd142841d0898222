package org.tenfold.portal.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.platform.BusinessException;
import org.tenfold.portal.MyPortal;
import org.tenfold.portal.PortalActions;
import org.tenfold.portal.PortalSettings;
import org.tenfold.portal.PortalViews;

/** The client's upcoming appointments, each with its video link and what may be done about it. */
@Named
@RequestScoped
public class CalendarBacking {

    @EJB
    MyPortal portal;

    @EJB
    PortalActions actions;

    @Inject
    ClinicProfile clinic;

    private List<PortalViews.AppointmentView> appointments;
    private final Map<Long, String> reasons = new HashMap<>();

    public List<PortalViews.AppointmentView> getAppointments() {
        if (appointments == null) {
            appointments = portal.appointments();
        }
        return appointments;
    }

    public void cancel(long appointmentId) {
        try {
            PortalViews.AppointmentView after = actions.cancel(appointmentId, reasons.get(appointmentId));
            Pages.info(after != null && after.cancellationRequested()
                    ? "Your request has gone to our front desk. The appointment stands until they confirm."
                    : "The appointment is cancelled.");
            Pages.redirect("calendar.xhtml");
        } catch (BusinessException e) {
            Pages.refused(e, null);
        }
    }

    public int getNoticeHours() {
        return PortalSettings.of(clinic.all()).cancelNoticeHours();
    }

    public String day(PortalViews.AppointmentView a) {
        return Pages.day(a.start(), clinic.zone());
    }

    public String time(PortalViews.AppointmentView a) {
        return Pages.time(a.start(), clinic.zone()) + "–" + Pages.time(a.end(), clinic.zone());
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}

package org.tenfold.portal.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.portal.MyPortal;
import org.tenfold.portal.PortalViews;

/** The start page: the next appointments, what waits, and the milestones shown to the client. */
@Named
@RequestScoped
public class HomeBacking {

    @EJB
    MyPortal portal;

    @Inject
    ClinicProfile clinic;

    private PortalViews.Overview overview;
    private List<PortalViews.MilestoneView> milestones;

    public PortalViews.Overview getOverview() {
        if (overview == null) {
            overview = portal.overview();
        }
        return overview;
    }

    public List<PortalViews.MilestoneView> getMilestones() {
        if (milestones == null) {
            milestones = portal.milestones();
        }
        return milestones;
    }

    public String day(PortalViews.AppointmentView a) {
        return Pages.day(a.start(), clinic.zone());
    }

    public String time(PortalViews.AppointmentView a) {
        return Pages.time(a.start(), clinic.zone()) + "–" + Pages.time(a.end(), clinic.zone());
    }

    public String date(java.time.LocalDate d) {
        return Pages.day(d);
    }
}

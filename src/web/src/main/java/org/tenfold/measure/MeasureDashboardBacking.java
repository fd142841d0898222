package org.tenfold.measure;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tenfold.measure.MeasureViews.Returned;
import org.tenfold.staff.Roles;

/** "Questionnaires returned" on a counsellor's home page; critical answers first. */
@Named("measureDashboard")
@RequestScoped
public class MeasureDashboardBacking {

    @Inject
    MeasureDashboard dashboard;

    private List<Returned> returned;

    public boolean isShown() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Roles.COUNSELLOR) || external.isUserInRole(Roles.SUPERVISOR);
    }

    public List<Returned> getReturned() {
        if (returned == null) {
            returned = isShown() ? dashboard.returned().stream()
                    .sorted(java.util.Comparator.comparing(Returned::critical).reversed()).toList() : List.of();
        }
        return returned;
    }
}

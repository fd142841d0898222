package org.tenfold.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.tenfold.plan.PlanViews.DueReview;
import org.tenfold.staff.Roles;

/** The home page's list of treatment plans due for review, for counsellors and supervisors. */
@Named
@RequestScoped
public class ReviewsBacking {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    @Inject
    PlanService plans;

    @Inject
    HttpServletRequest request;

    private List<DueReview> due;

    public boolean isClinical() {
        return request.isUserInRole(Roles.COUNSELLOR) || request.isUserInRole(Roles.SUPERVISOR);
    }

    public List<DueReview> getDue() {
        if (due == null) {
            due = isClinical() ? plans.dueForReview() : List.of();
        }
        return due;
    }

    public String when(DueReview r) {
        String date = DATE.format(r.reviewOn());
        if (r.overdue()) {
            long days = -r.daysLeft();
            return date + " (overdue by " + days + (days == 1 ? " day)" : " days)");
        }
        return r.daysLeft() == 0 ? date + " (today)" : date + " (in " + r.daysLeft()
                + (r.daysLeft() == 1 ? " day)" : " days)");
    }
}

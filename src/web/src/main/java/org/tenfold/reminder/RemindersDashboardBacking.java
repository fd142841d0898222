package org.tenfold.reminder;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.tenfold.staff.Roles;

/** The home page's count of reminders that need an administrator; counted for administrators only. */
@Named
@RequestScoped
public class RemindersDashboardBacking {

    @Inject
    ReminderAttentionService attention;

    @Inject
    HttpServletRequest request;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = request.isUserInRole(Roles.ADMIN) ? attention.count() : 0L;
        }
        return count;
    }
}

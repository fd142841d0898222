package org.tenfold.care;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tenfold.care.CareViews.TaskView;
import org.tenfold.platform.BusinessException;
import org.tenfold.shell.Screens;
import org.tenfold.staff.Roles;

/** "My tasks" on the home page: a counsellor's or supervisor's open tasks, each marked done there. */
@Named
@ViewScoped
public class MyTasksBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FlagService flags;

    private transient List<TaskView> tasks;

    public boolean isShown() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Roles.COUNSELLOR) || external.isUserInRole(Roles.SUPERVISOR);
    }

    public List<TaskView> getTasks() {
        if (tasks == null) {
            tasks = isShown() ? flags.myTasks() : List.of();
        }
        return tasks;
    }

    public void done(long taskId) {
        try {
            flags.done(taskId);
            Screens.info("Task done.");
        } catch (BusinessException e) {
            Screens.show(e);
        }
        tasks = null;
    }
}

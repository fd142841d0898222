package org.tenfold.care;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.api.Rest;
import org.tenfold.care.CareViews.TaskView;
import org.tenfold.care.FlagService;
import org.tenfold.staff.Roles;

/** The caller's own tasks (risk follow-ups, break-the-glass notices). */
@Path("/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
@RolesAllowed({Roles.COUNSELLOR, Roles.SUPERVISOR})
public class TaskResource {

    /** A list of tasks. */
    public record TaskList(List<TaskView> items) {
    }

    @Inject
    FlagService flags;

    @GET
    @Operation(summary = "My open tasks, soonest due first")
    public TaskList mine() {
        return new TaskList(flags.myTasks());
    }

    @POST
    @Path("{id}/done")
    @Operation(summary = "Mark one of my tasks done")
    public TaskView done(@PathParam("id") String id) {
        return flags.done(Rest.id("Task", id));
    }
}

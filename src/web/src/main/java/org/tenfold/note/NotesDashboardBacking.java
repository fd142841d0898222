package org.tenfold.note;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.tenfold.note.NoteViews.MissingNote;
import org.tenfold.note.NoteViews.NoteSummary;
import org.tenfold.staff.Roles;

/** The home page's missing notes and co-signature queue, for counsellors and supervisors. */
@Named
@RequestScoped
public class NotesDashboardBacking {

    @Inject
    NoteQueries notes;

    @Inject
    HttpServletRequest request;

    private List<MissingNote> missing;
    private List<NoteSummary> queue;
    private Long afterHours;

    public boolean isClinical() {
        return request.isUserInRole(Roles.COUNSELLOR) || request.isUserInRole(Roles.SUPERVISOR);
    }

    public boolean isSupervisor() {
        return request.isUserInRole(Roles.SUPERVISOR);
    }

    public List<MissingNote> getMissing() {
        if (missing == null) {
            missing = isClinical() ? notes.missing() : List.of();
        }
        return missing;
    }

    public List<NoteSummary> getQueue() {
        if (queue == null) {
            queue = isSupervisor() ? notes.cosignQueue() : List.of();
        }
        return queue;
    }

    public long getAfterHours() {
        if (afterHours == null) {
            afterHours = isClinical() ? notes.missingAfterHours() : 0L;
        }
        return afterHours;
    }
}

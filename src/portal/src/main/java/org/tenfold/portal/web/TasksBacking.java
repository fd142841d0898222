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
import org.tenfold.portal.PortalViews;
import org.tenfold.portal.WorkKind;

/** The client's work: reading, self-care and homework, each to mark done or comment on for the counsellor. */
@Named
@RequestScoped
public class TasksBacking {

    @EJB
    MyPortal portal;

    @EJB
    PortalActions actions;

    @Inject
    ClinicProfile clinic;

    private List<PortalViews.WorkItem> items;
    private final Map<String, String> comments = new HashMap<>();
    private final Map<String, Boolean> done = new HashMap<>();

    public List<PortalViews.WorkItem> getItems() {
        if (items == null) {
            items = portal.work();
            items.forEach(i -> done.putIfAbsent(key(i), i.done()));
        }
        return items;
    }

    public void save(String kind, long refId) {
        String k = kind + ":" + refId;
        try {
            actions.updateWork(WorkKind.valueOf(kind), refId, Boolean.TRUE.equals(done.get(k)), comments.get(k));
            Pages.info("Saved. Your counsellor will see it.");
            Pages.redirect("tasks.xhtml");
        } catch (BusinessException | IllegalArgumentException e) {
            Pages.error(null, e instanceof BusinessException ? e.getMessage() : "Choose a piece of work.");
        }
    }

    public String key(PortalViews.WorkItem i) {
        return i.kind() + ":" + i.refId();
    }

    public String label(PortalViews.WorkItem i) {
        return switch (i.kind()) {
            case EDUCATION -> "Reading and learning";
            case SELF_CARE -> "Looking after yourself";
            case HOMEWORK, NOTE_HOMEWORK -> "Between our meetings";
        };
    }

    public String when(PortalViews.WorkItem i) {
        return i.setAt() == null ? "" : "Set on " + Pages.day(i.setAt(), clinic.zone());
    }

    public String updated(PortalViews.WorkItem i) {
        return i.updatedAt() == null ? "" : Pages.day(i.updatedAt(), clinic.zone());
    }

    public Map<String, String> getComments() {
        return comments;
    }

    public Map<String, Boolean> getDone() {
        getItems();
        return done;
    }
}

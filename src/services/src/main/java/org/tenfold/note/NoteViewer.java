package org.tenfold.note;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tenfold.client.Client;
import org.tenfold.note.NoteViews.AddendumView;
import org.tenfold.note.NoteViews.EventView;
import org.tenfold.note.NoteViews.HomeworkView;
import org.tenfold.note.NoteViews.NoteClient;
import org.tenfold.note.NoteViews.NoteSummary;
import org.tenfold.note.NoteViews.NoteView;
import org.tenfold.note.NoteViews.SectionView;
import org.tenfold.note.NoteViews.StepRating;
import org.tenfold.plan.FrameworkCatalogue;
import org.tenfold.plan.StepView;
import org.tenfold.scheduling.Appointment;
import org.tenfold.staff.Staff;

/**
 * Notes as the screens, the API and outputs receive them: views built from the entities within the
 * service's transaction, each row naming a member's own record let through as {@link NoteLinks.Names} says.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class NoteViewer {
    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    FrameworkCatalogue framework;

    @Inject
    NoteLinks links;

    List<NoteSummary> summaries(List<SessionNote> notes) {
        Map<Long, Appointment> appts = new java.util.HashMap<>();
        if (!notes.isEmpty()) {
            em.createQuery("SELECT a FROM Appointment a WHERE a.id IN :ids", Appointment.class)
                    .setParameter("ids", notes.stream().map(SessionNote::getAppointmentId).toList()).getResultList()
                    .forEach(a -> appts.put(a.getId(), a));
        }
        Map<Long, String> authors = new java.util.HashMap<>();
        return notes.stream().map(n -> new NoteSummary(n.getId(), n.getAppointmentId(), n.getCaseId(),
                n.getOwnerClientId(), n.getClientIds().stream().sorted().toList(),
                authors.computeIfAbsent(n.getAuthorId(), id -> em.find(Staff.class, id).getDisplayName()),
                n.getFormat(), n.getStatus(), appts.get(n.getAppointmentId()).getStartsAt(), n.getSignedAt(),
                n.getAddenda().size())).toList();
    }

    NoteView view(SessionNote n, Staff me) {
        return view(n, me, links.of(n.getCaseId()));
    }

    /**
     * The note as {@code names} lets its rows through: a row naming a member's own goal, objective or
     * homework the reader may not see keeps its step and rating but loses its comment, status and detail;
     * a member's milestone and risk concern are withheld the same way.
     */
    NoteView view(SessionNote n, Staff me, NoteLinks.Names names) {
        Appointment a = em.find(Appointment.class, n.getAppointmentId());
        List<NoteClient> clients = n.getClientIds().stream().sorted().map(id -> {
            Client c = em.find(Client.class, id);
            return new NoteClient(id, c.getChartNumber(), c.getDisplayName());
        }).toList();
        List<NoteFormat.Section> defs = n.getFormat().sections();
        List<String> texts = n.sections();
        List<SectionView> sections = new ArrayList<>();
        for (int i = 0; i < defs.size(); i++) {
            sections.add(new SectionView(defs.get(i).code(), defs.get(i).label(), defs.get(i).prompt(),
                    texts.get(i) == null ? "" : texts.get(i)));
        }
        List<StepRating> steps = n.getSteps().stream().map(s -> {
            StepView sv = framework.step(s.getStepCode()).orElse(null);
            boolean withheld = names.withheldGoal(s.getGoalId(), s.getObjectiveId());
            return new StepRating(s.getStepCode(), sv == null ? 0 : sv.number(), sv == null ? s.getStepCode()
                    : sv.title(), s.getRating(), withheld ? null : s.getComment(), s.getGoalId(),
                    names.goalLabel(s.getGoalId()), s.getObjectiveId(), names.objectiveLabel(s.getObjectiveId()),
                    withheld ? null : s.getObjectiveStatus());
        }).toList();
        boolean riskShown = names.mayUse(n.getRiskClientId());
        Staff author = em.find(Staff.class, n.getAuthorId());
        return new NoteView(n.getId(), n.getAppointmentId(), n.getCaseId(), n.getOwnerClientId(), clients,
                n.getAuthorId(), author.getDisplayName(), me != null && me.getId() == n.getAuthorId(), n.getFormat(),
                n.getStatus(), a.getStartsAt(), a.getEndsAt(), sections, steps, n.getRiskUpdate(),
                riskShown || n.getRiskConcern() == null ? n.getRiskConcern() : NoteLinks.WITHHELD, n.getRiskClientId(),
                n.getHomework().stream().map(h -> new HomeworkView(h.getKind(), h.getRefId(),
                        names.homeworkLabel(h.getKind(), h.getRefId()),
                        names.withheldHomework(h.getKind(), h.getRefId()) ? null : h.getDetail())).toList(),
                n.getHomeworkText() == null ? "" : n.getHomeworkText(),
                n.getMilestones().stream().map(m -> new NoteViews.MilestoneView(m.getClientId(),
                        names.member(m.getClientId()), names.mayUse(m.getClientId()) ? m.getDescription()
                                : NoteLinks.WITHHELD)).toList(),
                n.getChangeRequest(), n.getSignedBy(), n.getSignedAt(), n.getCosignedBy(),
                n.getCosignedAt(), n.getAddenda().stream().map(ad -> new AddendumView(ad.getId(), ad.getText(),
                        ad.getSignedBy(), ad.getSignedAt())).toList(),
                n.getEvents().stream().map(e -> new EventView(e.getKind(), e.getActor(), e.getAt(), e.getComment()))
                        .toList(), n.getUpdatedAt(), n.getVersion());
    }
}

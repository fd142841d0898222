package org.tenfold.note;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.tenfold.care.CareCase;
import org.tenfold.care.ClinicalAccess;
import org.tenfold.care.Disclosure;
import org.tenfold.client.Client;
import org.tenfold.note.NoteViews.HomeworkChoice;
import org.tenfold.plan.PlanGoal;
import org.tenfold.plan.PlanObjective;
import org.tenfold.plan.records.AssignmentStatus;
import org.tenfold.plan.records.EducationAssignment;
import org.tenfold.plan.records.EducationItem;
import org.tenfold.plan.records.SelfCareActivity;

/**
 * What a note links to, by name: the plan's goals and objectives, homework (a self-care activity or an
 * education assignment of the case) and whose milestone it is. A member's own goal, homework, milestone
 * or risk follows {@link Disclosure}: a reader (or an output for clients) that may not carry that member's
 * records gets {@link #WITHHELD} instead of its wording, and an author may not link it. No access check or
 * audit here: the note service has done both.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class NoteLinks {

    static final String WITHHELD = "(not shared with you)";
    static final String COUPLE = "The couple";

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    ClinicalAccess access;

    /** The names of one case's links as the signed-in caller may see them; their access is read once, when needed. */
    Names of(long caseId) {
        return new Names(caseId, null);
    }

    /** The names of one case's links as an output made for the case's clients may carry them. */
    Names of(long caseId, Disclosure disclosure) {
        return new Names(caseId, disclosure);
    }

    /** Names for one case, as one {@link Disclosure} lets them through. */
    final class Names {
        private final long caseId;
        private Disclosure disclosure;
        private final Map<Long, String> clients = new HashMap<>();

        private Names(long caseId, Disclosure disclosure) {
            this.caseId = caseId;
            this.disclosure = disclosure;
        }

        /** May the reader see this member's own goals, homework, milestones and risk? (null: the couple's, always.) */
        boolean mayUse(Long clientId) {
            if (clientId == null) {
                return true;
            }
            if (disclosure == null) {
                disclosure = access.disclosure(em.find(CareCase.class, caseId));
            }
            return disclosure.mayShow(clientId);
        }

        /** A goal or objective is linked that this reader may not see: its row's comment is withheld too. */
        boolean withheldGoal(Long goalId, Long objectiveId) {
            return (goalId != null && goal(goalId) == null && exists(PlanGoal.class, goalId))
                    || (objectiveId != null && objective(objectiveId) == null && exists(PlanObjective.class, objectiveId));
        }

        /** Homework linked to a record this reader may not see: its detail is withheld too. */
        boolean withheldHomework(HomeworkKind kind, Long refId) {
            return kind != HomeworkKind.TEXT && refId != null && homework(kind, refId) == null;
        }

        private boolean exists(Class<?> type, long id) {
            return em.find(type, id) != null;
        }

        /** A client's name, or "The couple" for null. */
        String member(Long clientId) {
            return clientId == null ? COUPLE : clients.computeIfAbsent(clientId,
                    id -> em.find(Client.class, id).getDisplayName());
        }

        /** A goal of this case's plans the caller may link: its entity, or null. */
        PlanGoal goal(Long goalId) {
            PlanGoal g = goalId == null ? null : em.find(PlanGoal.class, goalId);
            return g != null && Objects.equals(g.getPlan().getCaseId(), caseId) && mayUse(g.getClientId()) ? g : null;
        }

        /** An objective of this case's plans the caller may link: its entity, or null. */
        PlanObjective objective(Long objectiveId) {
            PlanObjective o = objectiveId == null ? null : em.find(PlanObjective.class, objectiveId);
            return o != null && goal(o.getGoal().getId()) != null ? o : null;
        }

        /** A self-care activity or education assignment of this case the caller may link: its entity, or null. */
        Object homework(HomeworkKind kind, Long refId) {
            if (refId == null) {
                return null;
            }
            Object ref = switch (kind) {
                case SELF_CARE -> em.find(SelfCareActivity.class, refId);
                case EDUCATION -> em.find(EducationAssignment.class, refId);
                case TEXT -> null;
            };
            if (ref instanceof SelfCareActivity a && Objects.equals(a.getCaseId(), caseId) && mayUse(a.getClientId())) {
                return a;
            }
            if (ref instanceof EducationAssignment a && Objects.equals(a.getCaseId(), caseId)
                    && mayUse(a.getClientId())) {
                return a;
            }
            return null;
        }

        String goalLabel(Long goalId) {
            if (goalId == null) {
                return null;
            }
            PlanGoal g = goal(goalId);
            return g == null ? WITHHELD : member(g.getClientId()) + ": " + g.getStatement();
        }

        String objectiveLabel(Long objectiveId) {
            if (objectiveId == null) {
                return null;
            }
            PlanObjective o = objective(objectiveId);
            return o == null ? WITHHELD : o.getText();
        }

        /** "Self-care, Alex: Morning walk (daily)", "Education, Jordan: Title", or null for free text. */
        String homeworkLabel(HomeworkKind kind, Long refId) {
            if (kind == HomeworkKind.TEXT) {
                return null;
            }
            Object ref = homework(kind, refId);
            if (ref instanceof SelfCareActivity a) {
                return label(a);
            }
            if (ref instanceof EducationAssignment a) {
                return label(a, em.find(EducationItem.class, a.getItemId()));
            }
            return WITHHELD;
        }

        private String label(SelfCareActivity a) {
            return "Self-care, " + member(a.getClientId()) + ": " + a.getActivity()
                    + (a.getFrequency() == null || a.getFrequency().isBlank() ? "" : " (" + a.getFrequency() + ")");
        }

        private String label(EducationAssignment a, EducationItem item) {
            return "Education, " + member(a.getClientId()) + ": " + item.getTitle()
                    + (item.getProvider() == null || item.getProvider().isBlank() ? "" : " (" + item.getProvider() + ")");
        }

        /**
         * The homework a note for these clients may link: their active self-care activities and their
         * education assignments not yet completed or dropped, those of members the caller may use.
         */
        List<HomeworkChoice> choices(Collection<Long> clientIds) {
            Stream<HomeworkChoice> selfCare = em.createNamedQuery("SelfCareActivity.findByCase", SelfCareActivity.class)
                    .setParameter("caseId", caseId).getResultStream()
                    .filter(a -> a.isActive() && clientIds.contains(a.getClientId()) && mayUse(a.getClientId()))
                    .map(a -> new HomeworkChoice(HomeworkKind.SELF_CARE, a.getId(), label(a)));
            List<EducationAssignment> open = em.createNamedQuery("EducationAssignment.findByCase",
                    EducationAssignment.class).setParameter("caseId", caseId).getResultStream()
                    .filter(a -> (a.getStatus() == AssignmentStatus.ASSIGNED || a.getStatus() == AssignmentStatus.IN_PROGRESS)
                            && clientIds.contains(a.getClientId()) && mayUse(a.getClientId())).toList();
            Stream<HomeworkChoice> education = open.stream().map(a -> new HomeworkChoice(HomeworkKind.EDUCATION,
                    a.getId(), label(a, em.find(EducationItem.class, a.getItemId()))));
            return Stream.concat(selfCare, education).toList();
        }
    }
}

package org.tenfold.care;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.care.CareViews.FlagView;
import org.tenfold.care.CareViews.TaskView;
import org.tenfold.platform.BusinessException;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.platform.NotFoundException;
import org.tenfold.staff.Roles;

/**
 * Client flags (clinical staff with access to the client only; front desk never sees them, not even
 * that one exists) and each member of staff's own task list.
 */
@Stateless
public class FlagService {

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ClinicalAccess access;

    /** The client's flags, newest first (raised and cleared); audited. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<FlagView> flags(long clientId) {
        access.requireClient(clientId, AuditAction.CLIENT_FLAG_VIEW, "Client", clientId);
        List<FlagView> flags = em.createNamedQuery("ClientFlag.findByClient", ClientFlag.class)
                .setParameter("clientId", clientId).getResultList().stream().map(FlagView::of).toList();
        audit.record(AuditAction.CLIENT_FLAG_VIEW, AuditOutcome.SUCCESS, "Client", clientId, clientId,
                flags.size() + " flag(s)");
        return flags;
    }

    /** Clears a raised flag, saying why; the flag stays in the record. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public FlagView clear(long clientId, long flagId, String reason) {
        access.requireClient(clientId, AuditAction.CLIENT_FLAG_CLEAR, "ClientFlag", flagId);
        ClientFlag flag = em.find(ClientFlag.class, flagId);
        if (flag == null || flag.getClientId() != clientId) {
            throw new NotFoundException("Flag", flagId);
        }
        String why = reason == null ? null : reason.strip();
        if (why == null || why.isEmpty() || why.length() > 500) {
            throw new InvalidInputException("reason", "Say why the flag is cleared (at most 500 characters).");
        }
        if (!flag.isRaised()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "This flag was cleared already.");
        }
        flag.clear(why, access.staff().getUsername(), Instant.now());
        // the reason is clinical text: it stays on the flag, never in the audit trail administrators read
        audit.record(AuditAction.CLIENT_FLAG_CLEAR, AuditOutcome.SUCCESS, "ClientFlag", flagId, clientId,
                flag.getKind() + " flag cleared; the reason is kept on the flag");
        return FlagView.of(flag);
    }

    /** The caller's open tasks, soonest due first. Titles are non-clinical. */
    @RolesAllowed({Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<TaskView> myTasks() {
        List<Task> tasks = em.createNamedQuery("Task.findOpenOfAssignee", Task.class)
                .setParameter("assigneeId", access.staff().getId()).getResultList();
        List<Long> clientIds = tasks.stream().map(Task::getClientId).filter(java.util.Objects::nonNull).toList();
        Map<Long, String> charts = clientIds.isEmpty() ? Map.of() : em.createQuery(
                "SELECT c.id, c.chartNumber FROM Client c WHERE c.id IN :ids", Object[].class)
                .setParameter("ids", clientIds).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
        return tasks.stream().map(t -> view(t, charts.get(t.getClientId()))).toList();
    }

    /** Marks one of the caller's own tasks done. */
    @RolesAllowed({Roles.COUNSELLOR, Roles.SUPERVISOR})
    public TaskView done(long taskId) {
        Task task = em.find(Task.class, taskId);
        if (task == null || !task.getAssigneeId().equals(access.staff().getId())) {
            throw new NotFoundException("Task", taskId);
        }
        task.done(Instant.now());
        audit.record(AuditAction.TASK_DONE, AuditOutcome.SUCCESS, "Task", taskId, task.getClientId(), null);
        return view(task, null);
    }

    private static TaskView view(Task t, String chartNumber) {
        return new TaskView(t.getId(), t.getKind(), t.getTitle(), t.getClientId(), chartNumber, t.getDueAt(),
                t.getDoneAt());
    }
}

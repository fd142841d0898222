package org.tenfold.care;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.client.Client;
import org.tenfold.intake.IntakeAnswers;

/**
 * What a positive risk answer sets off, in the transaction that saved it: a RISK flag on the client
 * (unless one is raised already) and a task, due within a day, for the primary counsellors of the
 * client's open cases, or for whoever submitted the intake when there is no case yet.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RiskFollowUp {

    static final Duration DUE_WITHIN = Duration.ofDays(1);
    /** How soon an urgent task (a critical questionnaire answer) is due. */
    public static final Duration URGENT_WITHIN = Duration.ofHours(4);

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** Raises the flag and the tasks when the answers are positive and no RISK flag is raised; true if it did. */
    public boolean onRiskAnswers(Client client, IntakeAnswers answers, String source, long byStaffId, String by) {
        if (!answers.positiveRisk() || !em.createNamedQuery("ClientFlag.findRaised", ClientFlag.class)
                .setParameter("clientId", client.getId()).setParameter("kind", FlagKind.RISK).getResultList()
                .isEmpty()) {
            return false;
        }
        Instant now = Instant.now();
        raise(client, summary(answers), source, by, now);
        Set<Long> assignees = new LinkedHashSet<>(em.createQuery("SELECT c.primaryCounsellorId FROM CareCase c"
                + " JOIN c.members m WHERE m.clientId = :client AND c.status = org.tenfold.care.CaseStatus.OPEN",
                Long.class).setParameter("client", client.getId()).getResultList());
        if (assignees.isEmpty()) {
            assignees.add(byStaffId);
        }
        for (Long assignee : assignees) {
            Task task = new Task(assignee, client.getId(), TaskKind.RISK_FOLLOW_UP,
                    "Follow up with " + client.getChartNumber() + " today", now.plus(DUE_WITHIN), by, now);
            em.persist(task);
            em.flush();
            audit.record(AuditAction.TASK_CREATE, AuditOutcome.SUCCESS, "Task", task.getId(), client.getId(),
                    "risk follow-up for staff " + assignee);
        }
        return true;
    }

    /**
     * A new concern recorded elsewhere (a signed session note): the same RISK flag and tasks, unless a
     * RISK flag is raised already; true if it raised one. The summary names where the concern is
     * written, not what it says.
     */
    public boolean onNewConcern(Client client, String summary, String source, long byStaffId, String by) {
        if (!em.createNamedQuery("ClientFlag.findRaised", ClientFlag.class).setParameter("clientId", client.getId())
                .setParameter("kind", FlagKind.RISK).getResultList().isEmpty()) {
            return false;
        }
        Instant now = Instant.now();
        raise(client, summary, source, by, now);
        Set<Long> assignees = new LinkedHashSet<>(em.createQuery("SELECT c.primaryCounsellorId FROM CareCase c"
                + " JOIN c.members m WHERE m.clientId = :client AND c.status = org.tenfold.care.CaseStatus.OPEN",
                Long.class).setParameter("client", client.getId()).getResultList());
        assignees.add(byStaffId);
        for (Long assignee : assignees) {
            Task task = new Task(assignee, client.getId(), TaskKind.RISK_FOLLOW_UP,
                    "Follow up with " + client.getChartNumber() + " today", now.plus(DUE_WITHIN), by, now);
            em.persist(task);
            em.flush();
            audit.record(AuditAction.TASK_CREATE, AuditOutcome.SUCCESS, "Task", task.getId(), client.getId(),
                    "risk follow-up for staff " + assignee);
        }
        return true;
    }

    /**
     * A critical questionnaire answer (a client's, or typed in from their paper form): the RISK flag, unless one is
     * raised already, and always an urgent task, due within {@link #URGENT_WITHIN}, for the case's primary
     * counsellor and the member's own counsellor. Flag and task say where to look, never what was answered.
     */
    public void onCriticalAnswer(Client client, CareCase c, String source, String by) {
        Instant now = Instant.now();
        if (em.createNamedQuery("ClientFlag.findRaised", ClientFlag.class).setParameter("clientId", client.getId())
                .setParameter("kind", FlagKind.RISK).getResultList().isEmpty()) {
            raise(client, "A questionnaire answer needs follow-up today: see the client's questionnaires.", source,
                    by, now);
        }
        Set<Long> assignees = new LinkedHashSet<>();
        assignees.add(c.getPrimaryCounsellorId());
        c.getMembers().stream().filter(m -> m.getClientId().equals(client.getId()) && m.getOwnCounsellorId() != null)
                .forEach(m -> assignees.add(m.getOwnCounsellorId()));
        for (Long assignee : assignees) {
            Task task = new Task(assignee, client.getId(), TaskKind.URGENT_FOLLOW_UP,
                    "Urgent: contact " + client.getChartNumber() + " today", now.plus(URGENT_WITHIN), by, now);
            em.persist(task);
            em.flush();
            audit.recordAs(by, null, AuditAction.TASK_CREATE, AuditOutcome.SUCCESS, "Task", task.getId(), client.getId(),
                    "urgent follow-up for staff " + assignee + " from " + source);
        }
    }

    private void raise(Client client, String summary, String source, String by, Instant now) {
        ClientFlag flag = new ClientFlag(client.getId(), FlagKind.RISK, summary, source, by, now);
        em.persist(flag);
        em.flush();
        audit.recordAs(by, null, AuditAction.CLIENT_FLAG_RAISE, AuditOutcome.SUCCESS, "ClientFlag", flag.getId(),
                client.getId(), "RISK flag from " + source);
    }

    /** The positive answers in a line, for clinical eyes only. */
    static String summary(IntakeAnswers a) {
        List<String> parts = new ArrayList<>();
        if (Boolean.TRUE.equals(a.getSelfHarmThoughts())) {
            parts.add("thoughts of self-harm or suicide");
        }
        if (Boolean.TRUE.equals(a.getSuicidePlan())) {
            parts.add("a plan");
        }
        if (Boolean.TRUE.equals(a.getSuicideMeans())) {
            parts.add("means");
        }
        if (Boolean.TRUE.equals(a.getViolenceAtHome())) {
            parts.add("violence at home");
        }
        if (Boolean.FALSE.equals(a.getSafeAtHome())) {
            parts.add("does not feel safe at home");
        }
        if (Boolean.TRUE.equals(a.getRiskToOthers())) {
            parts.add("risk to others");
        }
        return "Positive risk screening: " + String.join(", ", parts) + ".";
    }
}

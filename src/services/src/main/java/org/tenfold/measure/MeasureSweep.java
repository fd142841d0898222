package org.tenfold.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.client.Client;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.portal.PortalQuestionNotices;

/**
 * The steps of a pass of the questionnaire schedule, each in a transaction of its own so one client's trouble
 * never holds up another's: make what has fallen due, email the links of what waits for email (a link is made
 * and sent in one step: a failed send keeps nothing and is tried again next pass, up to {@link #MAX_ATTEMPTS}),
 * and close what waited past its link's lifetime. A client with a portal account is told instead that questions
 * wait in the portal, and no link is made ({@link PortalQuestionNotices}). Rows are locked before they are
 * worked on, so the servers of a cluster take turns rather than sending twice.
 */
@ApplicationScoped
public class MeasureSweep {

    static final int MAX_ATTEMPTS = 5;
    static final int BATCH = 200;

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    MeasurePlanner planner;

    @Inject
    ResponseWork work;

    @Inject
    MeasureMail mail;

    @Inject
    MeasureSettings settings;

    @Inject
    ClinicProfile clinic;

    @Inject
    AuditTrail audit;

    @Inject
    PortalQuestionNotices portal;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> activeAssignments() {
        return em.createQuery("SELECT a.id FROM MeasureAssignment a WHERE a.status = :active ORDER BY a.id", Long.class)
                .setParameter("active", AssignmentStatus.ACTIVE).getResultList();
    }

    /** Makes one assignment's due questionnaires; the number made. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int plan(long assignmentId, Instant now) {
        MeasureAssignment a = em.find(MeasureAssignment.class, assignmentId, LockModeType.PESSIMISTIC_WRITE);
        return a == null ? 0 : planner.plan(a, now, MeasurePlanner.ACTOR).size();
    }

    /** Open questionnaires whose link waits to be emailed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> waitingForEmail(Instant now) {
        return em.createQuery("SELECT r.id FROM MeasureResponse r, MeasureAssignment a WHERE a.id = r.assignmentId"
                + " AND a.delivery = :email AND r.status = :open AND r.linkSentAt IS NULL AND r.linkAttempts < :max"
                + " AND r.dueAt <= :now AND r.linkExpiresAt > :now ORDER BY r.dueAt, r.id", Long.class)
                .setParameter("email", Delivery.EMAIL).setParameter("open", ResponseStatus.OPEN)
                .setParameter("max", MAX_ATTEMPTS).setParameter("now", now).setMaxResults(BATCH).getResultList();
    }

    /** Makes the link and emails it; true if sent. Throws when sending failed (nothing kept). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean send(long responseId, Instant now) {
        MeasureResponse r = em.find(MeasureResponse.class, responseId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || !r.isOpen() || r.getLinkSentAt() != null || !now.isBefore(r.getLinkExpiresAt())) {
            return false; // another server sent it, or it closed meanwhile
        }
        Client client = em.find(Client.class, r.getClientId());
        if (!client.isConsentEmail() || client.getEmail() == null || client.getEmail().isBlank()) {
            for (int i = r.getLinkAttempts(); i < MAX_ATTEMPTS; i++) {
                r.sendFailed();
            }
            audit.recordAs(MeasurePlanner.ACTOR, null, AuditAction.MEASURE_LINK_CREATE, AuditOutcome.FAILURE,
                    MeasureAccess.ENTITY, r.getId(), r.getClientId(), "not emailed: no agreement to email on file");
            return false;
        }
        if (portal.answersInPortal(client.getId())) {
            // answered in the portal: the email says so, and no link to the questions is made
            portal.announce(client, r.getId(), r.getLinkExpiresAt(), MeasurePlanner.ACTOR);
            r.linkSent(now);
            return true;
        }
        MeasureAssignment a = em.find(MeasureAssignment.class, r.getAssignmentId());
        String base = settings.linkBase(a.getLinkBase());
        if (base == null) {
            for (int i = r.getLinkAttempts(); i < MAX_ATTEMPTS; i++) {
                r.sendFailed();
            }
            audit.recordAs(MeasurePlanner.ACTOR, null, AuditAction.MEASURE_LINK_CREATE, AuditOutcome.FAILURE,
                    MeasureAccess.ENTITY, r.getId(), r.getClientId(), "not emailed: no address for links is set");
            return false;
        }
        Instant until = r.getLinkExpiresAt();
        MeasureViews.IssuedLink link = work.issueLink(r, java.time.Duration.between(now, until),
                new ResponseWork.Actor(MeasurePlanner.ACTOR, null), "emailed");
        mail.send(client.getEmail(), settings.senderName(), MeasureMail.body(firstName(client), base + link.path(),
                link.expiresAt(), clinic.zone()));
        r.linkSent(now);
        return true;
    }

    /** Counts a failed send, in its own transaction (the send's own rolled back). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sendFailed(long responseId) {
        MeasureResponse r = em.find(MeasureResponse.class, responseId, LockModeType.PESSIMISTIC_WRITE);
        if (r != null && r.isOpen()) {
            r.sendFailed();
            if (r.getLinkAttempts() >= MAX_ATTEMPTS) {
                audit.recordAs(MeasurePlanner.ACTOR, null, AuditAction.MEASURE_LINK_CREATE, AuditOutcome.FAILURE,
                        MeasureAccess.ENTITY, r.getId(), r.getClientId(), "not emailed after " + MAX_ATTEMPTS
                                + " attempts; a counsellor can make a link instead");
            }
        }
    }

    /** Closes due questionnaires whose time ran out unanswered; the number closed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int expire(Instant now) {
        List<MeasureResponse> late = em.createQuery("SELECT r FROM MeasureResponse r WHERE r.status = :open"
                + " AND r.assignmentId IS NOT NULL AND r.linkExpiresAt <= :now ORDER BY r.id", MeasureResponse.class)
                .setParameter("open", ResponseStatus.OPEN).setParameter("now", now).setMaxResults(BATCH)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (MeasureResponse r : late) {
            r.close(ResponseStatus.EXPIRED, now);
            audit.recordAs(MeasurePlanner.ACTOR, null, AuditAction.MEASURE_CLOSE, AuditOutcome.SUCCESS,
                    MeasureAccess.ENTITY, r.getId(), r.getClientId(), "closed: its time ran out");
        }
        return late.size();
    }

    static String firstName(Client c) {
        return c.getPreferredName() != null && !c.getPreferredName().isBlank() ? c.getPreferredName().strip()
                : c.getLegalFirstName();
    }
}

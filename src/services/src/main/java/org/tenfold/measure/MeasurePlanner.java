package org.tenfold.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.care.CareCase;
import org.tenfold.care.CaseStatus;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.scheduling.AppointmentStatus;

/**
 * Makes an assignment's due questionnaires: for each occasion of its schedule that is due now and not made yet,
 * an open response that stays open for the link lifetime. An every-N-weeks assignment makes only its latest
 * occasion and closes an older one still unanswered; a once-only assignment stops once its questionnaire is
 * made; an assignment whose case closed stops and makes nothing. Each occasion's key is unique per assignment in
 * the database, so two servers never make one twice.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MeasurePlanner {

    /** Who the audit trail names for what the schedule does by itself. */
    public static final String ACTOR = "measures";

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    InstrumentCatalogue catalogue;

    @Inject
    ClinicProfile clinic;

    @Inject
    MeasureSettings settings;

    @Inject
    AuditTrail audit;

    /** The responses made now (none when nothing is due). */
    public List<MeasureResponse> plan(MeasureAssignment a, Instant now, String actor) {
        List<MeasureResponse> made = new ArrayList<>();
        if (!a.isActive()) {
            return made;
        }
        CareCase c = em.find(CareCase.class, a.getCaseId());
        if (c.getStatus() != CaseStatus.OPEN) {
            a.stop(StopReason.CASE_CLOSED, actor, now);
            audit.recordAs(actor, null, AuditAction.MEASURE_ASSIGNMENT_STOP, AuditOutcome.SUCCESS, "MeasureAssignment",
                    a.getId(), a.getClientId(), "stopped: the case is closed");
            return made;
        }
        switch (a.getSchedule()) {
            case ONCE -> {
                Occasions.Occasion o = Occasions.once(a.getStartsOn(), a.getCreatedAt(), clinic.zone());
                if (!o.dueAt().isAfter(now)) {
                    make(a, o, now, actor).ifPresent(made::add);
                    a.stop(StopReason.DONE, actor, now);
                }
            }
            case EVERY_N_WEEKS -> Occasions.latestWeekly(a.getStartsOn(), a.getIntervalWeeks(), a.getCreatedAt(), now,
                    clinic.zone()).flatMap(o -> make(a, o, now, actor)).ifPresent(r -> {
                        made.add(r);
                        closeEarlier(a, r, now, actor);
                    });
            case BEFORE_APPOINTMENT -> {
                List<Object[]> upcoming = em.createQuery("SELECT a.id, a.startsAt FROM Appointment a JOIN a.clients c"
                        + " WHERE a.caseId = :caseId AND c.id = :clientId AND a.status = :booked"
                        + " AND a.startsAt > :now AND a.startsAt <= :horizon AND a.startsAt > :assigned ORDER BY a.startsAt",
                        Object[].class).setParameter("caseId", a.getCaseId()).setParameter("clientId", a.getClientId())
                        .setParameter("booked", AppointmentStatus.BOOKED).setParameter("now", now)
                        .setParameter("horizon", now.plus(Duration.ofHours(a.getLeadHours())))
                        .setParameter("assigned", a.getCreatedAt()).getResultList();
                for (Object[] row : upcoming) {
                    make(a, Occasions.beforeAppointment((Long) row[0], (Instant) row[1], a.getLeadHours()), now, actor)
                            .ifPresent(made::add);
                }
            }
            default -> throw new IllegalStateException(a.getSchedule().name());
        }
        return made;
    }

    private Optional<MeasureResponse> make(MeasureAssignment a, Occasions.Occasion o, Instant now, String actor) {
        boolean exists = !em.createQuery("SELECT r.id FROM MeasureResponse r WHERE r.assignmentId = :a"
                + " AND r.occasion = :o", Long.class).setParameter("a", a.getId()).setParameter("o", o.key())
                .getResultList().isEmpty();
        if (exists) {
            return Optional.empty();
        }
        Instrument instrument = catalogue.latest(a.getInstrumentCode()).orElseThrow(() -> new IllegalStateException(
                "No instrument " + a.getInstrumentCode()));
        MeasureResponse r = MeasureResponse.due(a, instrument.getId(), o, Channel.LINK, actor, now);
        // open for the link lifetime from when it fell due; a link made later opens that long from then
        r.openUntil(o.dueAt().isAfter(now) ? o.dueAt().plus(settings.linkLifetime())
                : now.plus(settings.linkLifetime()));
        em.persist(r);
        em.flush();
        audit.recordAs(actor, null, AuditAction.MEASURE_RESPONSE_START, AuditOutcome.SUCCESS, MeasureAccess.ENTITY,
                r.getId(), a.getClientId(), "due from assignment " + a.getId() + " (" + o.key() + ")");
        return Optional.of(r);
    }

    /** An every-N-weeks questionnaire left unanswered when the next one falls due is closed: one waits at a time. */
    private void closeEarlier(MeasureAssignment a, MeasureResponse newest, Instant now, String actor) {
        for (MeasureResponse old : em.createQuery("SELECT r FROM MeasureResponse r WHERE r.assignmentId = :a"
                + " AND r.status = :open AND r.id <> :newest", MeasureResponse.class).setParameter("a", a.getId())
                .setParameter("open", ResponseStatus.OPEN).setParameter("newest", newest.getId()).getResultList()) {
            old.close(ResponseStatus.EXPIRED, now);
            audit.recordAs(actor, null, AuditAction.MEASURE_CLOSE, AuditOutcome.SUCCESS, MeasureAccess.ENTITY,
                    old.getId(), old.getClientId(), "closed unanswered: the next one is due");
        }
    }
}

package org.tenfold.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tenfold.audit.AuditAction;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.consent.ConsentForm;
import org.tenfold.consent.ConsentKind;
import org.tenfold.consent.ConsentRecord;
import org.tenfold.measure.Answering;
import org.tenfold.measure.MeasureViews;
import org.tenfold.plan.records.CaseRecords.CaseContext;
import org.tenfold.progress.ProgressReportEntry;
import org.tenfold.progress.ReportKind;
import org.tenfold.scheduling.Appointment;
import org.tenfold.scheduling.AppointmentStatus;

/**
 * The portal's reads of appointments, documents, consents and questionnaires, for {@link MyPortal} (which audits them) and for
 * {@link PortalActions} (which acts only on what they offer). No access check or audit here.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PortalReads {

    /** How long a questionnaire sent in stays listed, with the day it was sent. */
    static final Duration RECENT_QUESTIONNAIRES = Duration.ofDays(60);

    @Inject
    Answering answering;

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    ClinicProfile clinic;

    public List<PortalViews.AppointmentView> appointments(PortalCallers.Signed me) {
        Instant now = Instant.now();
        List<Appointment> mine = em.createQuery("SELECT DISTINCT a FROM Appointment a JOIN a.clients c"
                + " WHERE c.id = :client AND a.endsAt > :now AND a.status IN :live ORDER BY a.startsAt", Appointment.class)
                .setParameter("client", me.clientId()).setParameter("now", now)
                .setParameter("live", List.of(AppointmentStatus.BOOKED, AppointmentStatus.CHECKED_IN)).getResultList();
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<Long, List<CancellationRequest>> requests = em.createNamedQuery("CancellationRequest.findOfAppointments",
                CancellationRequest.class).setParameter("ids", mine.stream().map(Appointment::getId).toList())
                .getResultList().stream().collect(Collectors.groupingBy(CancellationRequest::getAppointmentId));
        Duration notice = Duration.ofHours(PortalSettings.of(clinic.all()).cancelNoticeHours());
        return mine.stream().map(a -> {
            List<CancellationRequest> asked = requests.getOrDefault(a.getId(), List.of()).stream()
                    .filter(r -> r.getStatus() == CancellationRequestStatus.OPEN).toList();
            String myReason = asked.stream().filter(r -> r.getClientId() == me.clientId()).map(CancellationRequest::getReason)
                    .findFirst().orElse(null);
            boolean booked = a.getStatus() == AppointmentStatus.BOOKED && a.getStartsAt().isAfter(now);
            boolean early = booked && Duration.between(now, a.getStartsAt()).compareTo(notice) > 0;
            Set<String> others = new HashSet<>();
            a.getClients().stream().filter(c -> !c.getId().equals(me.clientId()))
                    .forEach(c -> others.add(PortalInvitations.firstName(c)));
            return new PortalViews.AppointmentView(a.getId(), a.getStartsAt(), a.getEndsAt(),
                    a.getCounsellor().getDisplayName(), a.getRoom() == null ? null : a.getRoom().getName(),
                    a.getVideoLink(), !others.isEmpty(), early && asked.isEmpty(), booked && !early && asked.isEmpty(),
                    !asked.isEmpty(), myReason);
        }).toList();
    }

    public List<PortalViews.DocumentView> documents(PortalCallers.Signed me, List<CaseContext> cases) {
        Map<Long, CaseContext> byCase = cases.stream().collect(Collectors.toMap(CaseContext::caseId, Function.identity()));
        List<ProgressReportEntry> candidates = new ArrayList<>(em.createNamedQuery("ProgressReportEntry.findOfClient",
                ProgressReportEntry.class).setParameter("clientId", me.clientId()).getResultList());
        if (!byCase.isEmpty()) {
            em.createNamedQuery("ProgressReportEntry.findJointOfCases", ProgressReportEntry.class)
                    .setParameter("caseIds", byCase.keySet()).getResultList().stream()
                    .filter(r -> candidates.stream().noneMatch(c -> c.getId().equals(r.getId())))
                    .forEach(candidates::add);
        }
        Set<String> opened = new HashSet<>(em.createQuery("SELECT DISTINCT e.entityId FROM AuditEvent e"
                + " WHERE e.clientId = :client AND e.action = :action", String.class).setParameter("client", me.clientId())
                .setParameter("action", AuditAction.PORTAL_DOWNLOAD).getResultList());
        return candidates.stream().filter(r -> r.isReleased() && mayHave(r, cases))
                .sorted(Comparator.comparing(ProgressReportEntry::getReleasedAt).reversed())
                .map(r -> new PortalViews.DocumentView(r.getId(), r.getPeriodFrom(), r.getPeriodTo(),
                        r.getKind() == ReportKind.JOINT, r.getReleasedAt(), opened.contains(r.getId().toString())))
                .toList();
    }

    /** A report of one of the client's cases whose owner the case's portal disclosure lets through. */
    static boolean mayHave(ProgressReportEntry r, List<CaseContext> cases) {
        return cases.stream().anyMatch(ctx -> ctx.caseId() == r.getCaseId() && ctx.mayShow(r.getOwnerClientId()));
    }

    public List<PortalViews.ConsentToAccept> consents(PortalCallers.Signed me) {
        Map<ConsentKind, ConsentForm> active = em.createNamedQuery("ConsentForm.findActive", ConsentForm.class)
                .getResultList().stream().collect(Collectors.toMap(ConsentForm::getKind, Function.identity(),
                        (a, b) -> a.getVersion() >= b.getVersion() ? a : b));
        List<ConsentRecord> current = em.createNamedQuery("ConsentRecord.findCurrent", ConsentRecord.class)
                .setParameter("clientIds", List.of(me.clientId())).getResultList();
        List<PortalViews.ConsentToAccept> out = new ArrayList<>();
        for (ConsentRecord r : current) {
            ConsentForm form = active.get(r.getKind());
            if (r.getKind() != ConsentKind.PARTNER_SHARING && r.isAffirmative() && r.getClientId() == me.clientId()
                    && form != null && form.getVersion() > r.getFormVersion()) {
                out.add(new PortalViews.ConsentToAccept(form.getKind().name(), form.getVersion(), form.getTitle(),
                        form.getWording(), r.getFormVersion()));
            }
        }
        return out;
    }


    /**
     * The client's own questionnaires, waiting and sent lately: the answering member's own, in a case whose portal
     * disclosure shows them.
     */
    public List<MeasureViews.OwnQuestionnaire> questionnaires(PortalCallers.Signed me, List<CaseContext> cases) {
        return answering.ofClient(me.clientId(), Instant.now().minus(RECENT_QUESTIONNAIRES)).stream()
                .filter(q -> q.clientId() == me.clientId() && cases.stream()
                        .anyMatch(c -> c.caseId() == q.caseId() && c.mayShow(q.clientId())))
                .toList();
    }
}

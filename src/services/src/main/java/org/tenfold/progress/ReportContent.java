package org.tenfold.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tenfold.care.CareCase;
import org.tenfold.care.ClinicalAccess;
import org.tenfold.care.Disclosure;
import org.tenfold.client.Client;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.clinic.Letterheads;
import org.tenfold.measure.ReportMeasures;
import org.tenfold.note.NoteStatus;
import org.tenfold.note.NoteStep;
import org.tenfold.note.SessionNote;
import org.tenfold.plan.FrameworkCatalogue;
import org.tenfold.plan.PlanService;
import org.tenfold.plan.PlanViews.GoalView;
import org.tenfold.plan.PlanViews.PlanSummary;
import org.tenfold.plan.PlanViews.PlanView;
import org.tenfold.plan.StepView;
import org.tenfold.plan.records.StepRecordViews.StepRecordsView;
import org.tenfold.plan.records.StepRecordsService;
import org.tenfold.report.ProgressChart;
import org.tenfold.report.ProgressReport;
import org.tenfold.scheduling.Appointment;
import org.tenfold.scheduling.AppointmentStatus;
import org.tenfold.staff.Staff;

/**
 * Builds a report's content from the records before anything reaches the model. Which member-owned
 * records it may carry is {@link Disclosure}'s answer for the report's purpose (never filtered here):
 * <ul>
 * <li>JOINT ({@link Disclosure.Purpose#JOINT_REPORT}, both partners receive it): the couple's goals and
 * milestones, boundaries, and a partner's own goals, milestones, education and self-care only when that
 * partner shares with the other;</li>
 * <li>PARTNER_OWN and INDIVIDUAL ({@link Disclosure.Purpose#OWN_REPORT}): the couple's and this client's
 * own records; never the other partner's, shared or not.</li>
 * </ul>
 * Which sessions count is the report's subject, not a privacy rule: a joint report counts the joint
 * sessions and notes, an own report the joint ones and the client's own individual ones.
 * From notes only the step ratings (0 to 10) and the homework given are read, and only from SIGNED notes:
 * never their sections, private process sections, risk updates or comments. Plans and step records come
 * through their client versions (no clinician-only fields).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReportContent {

    static final int NEXT_APPOINTMENTS = 5;

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    ClinicProfile clinic;

    @Inject
    Letterheads letterheads;

    @Inject
    FrameworkCatalogue framework;

    @Inject
    PlanService plans;

    @Inject
    StepRecordsService stepRecords;

    @Inject
    ClinicalAccess access;

    @Inject
    ReportMeasures measures;

    /** Who the report speaks of: the audience's client ids and whether only joint sessions count. */
    record Audience(Set<Long> clients, boolean jointOnly, long reportClient) {

        /** A session (or note) counts when all the audience took part and nobody else's own session. */
        boolean counts(Set<Long> sessionClients, Long ownerClientId) {
            if (jointOnly) {
                return ownerClientId == null && sessionClients.containsAll(clients) && sessionClients.size() > 1;
            }
            return sessionClients.contains(reportClient) && (ownerClientId == null || ownerClientId == reportClient);
        }

    }

    static Audience audience(CareCase c, ProgressReportEntry entry) {
        boolean joint = entry.getKind() == ReportKind.JOINT;
        return new Audience(joint ? new LinkedHashSet<>(c.clientIds()) : Set.of(entry.getClientId()), joint,
                entry.getClientId());
    }

    public ProgressReport build(ProgressReportEntry entry) {
        CareCase c = em.find(CareCase.class, entry.getCaseId());
        Audience audience = audience(c, entry);
        Disclosure.Purpose purpose = purpose(entry);
        Long subject = purpose == Disclosure.Purpose.OWN_REPORT ? entry.getClientId() : null;
        Disclosure disclosure = access.disclosure(c, purpose, subject);
        ZoneId zone = clinic.zone();
        Instant from = entry.getPeriodFrom().atStartOfDay(zone).toInstant();
        Instant to = entry.getPeriodTo().plusDays(1).atStartOfDay(zone).toInstant();

        Map<Long, Client> clients = em.createQuery("SELECT c FROM Client c WHERE c.id IN :ids", Client.class)
                .setParameter("ids", c.clientIds()).getResultList().stream()
                .collect(Collectors.toMap(Client::getId, x -> x));
        String names = audience.clients().stream().map(id -> firstName(clients.get(id)))
                .collect(Collectors.joining(" and "));
        Staff counsellor = em.find(Staff.class, c.getPrimaryCounsellorId());

        List<Appointment> sessions = em.createQuery("SELECT DISTINCT a FROM Appointment a LEFT JOIN FETCH a.clients"
                + " WHERE a.caseId = :caseId AND a.startsAt >= :from AND a.startsAt < :to", Appointment.class)
                .setParameter("caseId", c.getId()).setParameter("from", from).setParameter("to", to).getResultList()
                .stream().filter(a -> counts(a, audience, disclosure)).toList();
        int held = 0;
        int cancelled = 0;
        int missed = 0;
        for (Appointment a : sessions) {
            AppointmentStatus s = a.getStatus();
            if (s == AppointmentStatus.CHECKED_IN || s == AppointmentStatus.COMPLETED) {
                held++;
            } else if (s == AppointmentStatus.CANCELLED || s == AppointmentStatus.LATE_CANCEL) {
                cancelled++;
            } else if (s == AppointmentStatus.NO_SHOW) {
                missed++;
            }
        }

        // signed notes of the case the audience may see; their appointments give the dates
        List<SessionNote> notes = em.createQuery("SELECT n FROM SessionNote n WHERE n.caseId = :caseId"
                + " AND n.status = :signed", SessionNote.class).setParameter("caseId", c.getId())
                .setParameter("signed", NoteStatus.SIGNED).getResultList().stream()
                .filter(n -> audience.counts(n.getClientIds(), n.getOwnerClientId())
                        && disclosure.mayShow(n.getOwnerClientId())).toList();
        Map<Long, Instant> noteDays = new LinkedHashMap<>();
        if (!notes.isEmpty()) {
            em.createQuery("SELECT a.id, a.startsAt FROM Appointment a WHERE a.id IN :ids", Object[].class)
                    .setParameter("ids", notes.stream().map(SessionNote::getAppointmentId).toList())
                    .getResultList().forEach(r -> noteDays.put((Long) r[0], (Instant) r[1]));
        }
        Map<String, List<ProgressChart.Point>> points = new LinkedHashMap<>();
        List<ProgressReport.Task> homework = new ArrayList<>();
        Set<String> homeworkSeen = new LinkedHashSet<>();
        for (SessionNote n : notes.stream().sorted(Comparator.comparing((SessionNote n) -> noteDays.get(n.getAppointmentId()),
                Comparator.nullsLast(Comparator.naturalOrder()))).toList()) {
            Instant at = noteDays.get(n.getAppointmentId());
            if (at == null || at.isBefore(from) || !at.isBefore(to)) {
                continue;
            }
            LocalDate day = LocalDate.ofInstant(at, zone);
            for (NoteStep s : n.getSteps()) {
                if (s.getRating() != null) {
                    points.computeIfAbsent(s.getStepCode(), k -> new ArrayList<>())
                            .add(new ProgressChart.Point(day, s.getRating()));
                }
            }
            String h = n.getHomeworkText();
            if (h != null && !h.isBlank() && homeworkSeen.add(h.strip())) {
                homework.add(new ProgressReport.Task(h.strip(), null, null));
            }
        }
        List<ProgressChart.Series> series = new ArrayList<>();
        for (StepView step : framework.steps()) {
            List<ProgressChart.Point> p = points.get(step.code());
            if (p != null) {
                series.add(new ProgressChart.Series(step.number() + " " + step.title(), p));
            }
        }

        List<ProgressReport.GoalProgress> goals = goals(c, purpose, subject);

        StepRecordsView records = stepRecords.forOutput(c.getId(), purpose, subject).forClients();
        List<ProgressReport.Milestone> milestones = records.milestones().stream()
                .filter(m -> m.achievedOn() != null && !m.achievedOn().isBefore(entry.getPeriodFrom())
                        && !m.achievedOn().isAfter(entry.getPeriodTo()))
                .map(m -> new ProgressReport.Milestone(m.achievedOn(), m.description(),
                        m.whose() == null ? "Together" : firstName(clients.get(m.whose().clientId()))))
                .toList();
        List<ProgressReport.Boundary> boundaries = entry.getKind() != ReportKind.JOINT ? List.of()
                : records.boundaries().stream().filter(b -> b.status() != null && b.status().name().matches(
                        "AGREED|KEPT|RENEGOTIATED")).map(b -> new ProgressReport.Boundary(b.wording(), b.agreedOn(),
                                label(b.status().name()))).toList();
        List<ProgressReport.Task> education = records.education().stream()
                .map(a -> new ProgressReport.Task(a.item().title(), audience.clients().size() > 1
                        ? firstName(clients.get(a.member().clientId())) : null, label(a.status().name()))).toList();
        List<ProgressReport.Task> selfCare = records.selfCare().stream()
                .flatMap(p -> p.activities().stream()).map(a -> new ProgressReport.Task(a.activity(),
                        a.frequency(), null)).toList();

        Instant now = Instant.now();
        List<ProgressReport.Appointment> next = em.createQuery("SELECT DISTINCT a FROM Appointment a"
                + " LEFT JOIN FETCH a.clients LEFT JOIN FETCH a.room JOIN FETCH a.counsellor WHERE a.caseId = :caseId"
                + " AND a.startsAt >= :now AND a.status = :booked ORDER BY a.startsAt", Appointment.class)
                .setParameter("caseId", c.getId()).setParameter("now", now)
                .setParameter("booked", AppointmentStatus.BOOKED).getResultList().stream()
                .filter(a -> counts(a, audience, disclosure)).limit(NEXT_APPOINTMENTS)
                .map(a -> new ProgressReport.Appointment(a.getStartsAt().atZone(zone),
                        a.getCounsellor().getDisplayName(), a.getRoom() != null ? a.getRoom().getName() : "Video"))
                .toList();

        return new ProgressReport(letterheads.letterhead(), names,
                entry.getKind() == ReportKind.JOINT, entry.getPeriodFrom(), entry.getPeriodTo(), LocalDate.now(zone),
                counsellor == null ? null : counsellor.getDisplayName(), new ProgressReport.Attendance(held, cancelled,
                        missed), new ProgressChart(series), goals, milestones, boundaries, homework, education,
                selfCare, next, entry.getSummary(), measures.charts(entry.getId(), c, disclosure, audience.clients(), from,
                        to, id -> firstName(clients.get(id))));
    }

    /** The report's purpose, for {@link Disclosure}: a joint report goes to both partners. */
    static Disclosure.Purpose purpose(ProgressReportEntry entry) {
        return entry.getKind() == ReportKind.JOINT ? Disclosure.Purpose.JOINT_REPORT : Disclosure.Purpose.OWN_REPORT;
    }

    /** The signed plan in force, client version, as this report may carry it. */
    private List<ProgressReport.GoalProgress> goals(CareCase c, Disclosure.Purpose purpose, Long subject) {
        PlanSummary active = plans.ofCase(c.getId()).stream().filter(PlanSummary::active).findFirst().orElse(null);
        if (active == null) {
            return List.of();
        }
        PlanView plan = plans.forOutput(active.id(), purpose, subject).forClient();
        List<ProgressReport.GoalProgress> goals = new ArrayList<>();
        for (var step : plan.steps()) {
            for (GoalView g : step.goals()) {
                goals.add(new ProgressReport.GoalProgress(step.step().number(), step.step().title(), g.statement(),
                        label(g.status().name()), g.objectives().stream().map(o -> new ProgressReport.ObjectiveProgress(
                                o.text(), o.targetDate(), label(o.status().name()))).toList()));
            }
        }
        return goals;
    }

    /**
     * A session counts when it is the report's subject (a joint session, or for an own report the client's
     * own individual session) and the report may carry it (an individual session is its client's own).
     */
    private static boolean counts(Appointment a, Audience audience, Disclosure disclosure) {
        Set<Long> clients = ids(a);
        boolean subject = audience.counts(clients, null)
                || (!audience.jointOnly() && clients.equals(Set.of(audience.reportClient())));
        return subject && disclosure.mayShow(clients.size() == 1 ? clients.iterator().next() : null);
    }

    private static Set<Long> ids(Appointment a) {
        return a.getClients().stream().map(Client::getId).collect(Collectors.toSet());
    }

    static String firstName(Client c) {
        if (c == null) {
            return "";
        }
        return c.getPreferredName() != null && !c.getPreferredName().isBlank() ? c.getPreferredName()
                : c.getLegalFirstName();
    }

    /** NOT_STARTED to "Not started". */
    static String label(String constant) {
        String s = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

package org.tenfold.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tenfold.note.HomeworkKind;
import org.tenfold.note.NoteHomework;
import org.tenfold.note.NoteStatus;
import org.tenfold.note.SessionNote;
import org.tenfold.plan.records.CaseRecords.CaseContext;
import org.tenfold.plan.records.EducationAssignment;
import org.tenfold.plan.records.EducationItem;
import org.tenfold.plan.records.SelfCareActivity;
import org.tenfold.plan.records.StepRecordReader;
import org.tenfold.plan.records.StepRecordViews.StepRecordsView;
import org.tenfold.scheduling.Appointment;

/**
 * A client's work as their portal shows it: their education assignments and active self-care (steps 8 and 9),
 * and the homework of the signed notes of their sessions in the last six weeks, each with where the client last
 * said it stands. Everything of a case passes the context's disclosure ({@code Disclosure.forPortal}): the
 * couple's work and the client's own, never the other partner's; a homework row's owner is the member whose
 * activity or assignment it names, otherwise its note's. Step records come from {@link StepRecordReader} in
 * their client version (no counsellor's notes). No audit here: the calling service audits the read.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PortalWork {

    static final Duration HOMEWORK_WINDOW = Duration.ofDays(42);

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    StepRecordReader reader;

    /** The step records of a case as the client may read them: what the context lets through, client fields only. */
    public StepRecordsView stepRecords(CaseContext ctx) {
        return reader.all(ctx).forClients();
    }

    public List<PortalViews.WorkItem> items(List<CaseContext> cases, long clientId) {
        Map<String, WorkUpdate> latest = new HashMap<>();
        for (CaseContext ctx : cases) {
            em.createNamedQuery("WorkUpdate.findOfCase", WorkUpdate.class).setParameter("caseId", ctx.caseId())
                    .getResultList().stream().filter(u -> ctx.mayShow(u.getClientId()) && u.getClientId() == clientId)
                    .forEach(u -> latest.putIfAbsent(key(u.getKind(), u.getRefId()), u));
        }
        List<PortalViews.WorkItem> out = new ArrayList<>();
        for (CaseContext ctx : cases) {
            StepRecordsView records = stepRecords(ctx);
            records.education().forEach(a -> out.add(item(latest, WorkKind.EDUCATION, a.id(), ctx.caseId(),
                    a.item().title(), a.item().provider(), a.item().link(), null, null, a.member() == null)));
            records.selfCare().forEach(plan -> plan.activities().forEach(s -> out.add(item(latest, WorkKind.SELF_CARE,
                    s.id(), ctx.caseId(), s.activity(), null, null, s.frequency(), null, s.member() == null))));
            homework(ctx, latest, out);
        }
        return out;
    }

    private void homework(CaseContext ctx, Map<String, WorkUpdate> latest, List<PortalViews.WorkItem> out) {
        Instant since = Instant.now().minus(HOMEWORK_WINDOW);
        List<SessionNote> notes = em.createQuery("SELECT n FROM SessionNote n WHERE n.caseId = :caseId"
                + " AND n.status IN :signed ORDER BY n.id DESC", SessionNote.class).setParameter("caseId", ctx.caseId())
                .setParameter("signed", List.of(NoteStatus.SIGNED, NoteStatus.SIGNED_PENDING_COSIGN)).getResultList();
        for (SessionNote n : notes) {
            Appointment a = em.find(Appointment.class, n.getAppointmentId());
            if (a == null || a.getStartsAt().isBefore(since) || !ctx.mayShow(n.getOwnerClientId())) {
                continue;
            }
            boolean joint = n.getOwnerClientId() == null;
            for (NoteHomework h : n.getHomework()) {
                Long owner = n.getOwnerClientId();
                String title = h.getDetail();
                String detail = null;
                if (h.getKind() == HomeworkKind.SELF_CARE) {
                    SelfCareActivity s = em.find(SelfCareActivity.class, h.getRefId());
                    owner = s == null ? owner : s.getClientId();
                    title = s == null ? null : s.getActivity();
                    detail = h.getDetail();
                } else if (h.getKind() == HomeworkKind.EDUCATION) {
                    EducationAssignment e = em.find(EducationAssignment.class, h.getRefId());
                    EducationItem item = e == null ? null : em.find(EducationItem.class, e.getItemId());
                    owner = e == null ? owner : e.getClientId();
                    title = item == null ? null : item.getTitle();
                    detail = h.getDetail();
                }
                if (title == null || !ctx.mayShow(owner)) {
                    continue;
                }
                out.add(item(latest, WorkKind.HOMEWORK, h.getId(), ctx.caseId(), title, detail, null, null,
                        a.getStartsAt(), owner == null && joint));
            }
            if (n.getHomeworkText() != null && !n.getHomeworkText().isBlank()) {
                out.add(item(latest, WorkKind.NOTE_HOMEWORK, n.getId(), ctx.caseId(), n.getHomeworkText().strip(), null,
                        null, null, a.getStartsAt(), joint));
            }
        }
    }

    private static PortalViews.WorkItem item(Map<String, WorkUpdate> latest, WorkKind kind, long refId, long caseId,
            String title, String detail, String link, String frequency, Instant setAt, boolean together) {
        WorkUpdate u = latest.get(key(kind, refId));
        return new PortalViews.WorkItem(kind, refId, caseId, title, detail, link, frequency, setAt, together,
                u != null && u.isDone(),
                u == null ? null : u.getComment(), u == null ? null : u.getWrittenAt());
    }

    static String key(WorkKind kind, long refId) {
        return kind + ":" + refId;
    }
}

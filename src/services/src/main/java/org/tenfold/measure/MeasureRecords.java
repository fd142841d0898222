package org.tenfold.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tenfold.care.CareCase;
import org.tenfold.care.ClinicalAccess;
import org.tenfold.care.Disclosure;
import org.tenfold.measure.MeasureViews.ItemView;
import org.tenfold.measure.MeasureViews.ResponseSummary;

/**
 * A member's questionnaires for their records export ({@link Disclosure.Purpose#RECORD_EXPORT}): their own
 * assignments and responses with answers and scores, never the other partner's. The export is a document the
 * client receives, so critical items' answers (and whether one was positive) are left out: they stay in the
 * clinical record, as the risk flag does.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MeasureRecords {

    static final String CRITICAL_NOTE = "Answers to the questions that ask about safety are kept in the clinical record"
            + " and not included in documents given to clients; ask your counsellor about them.";

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    ClinicalAccess access;

    @Inject
    MeasureHistory history;

    /** One exported assignment: the questionnaire, its schedule and the counsellor's note. */
    public record ExportedAssignment(long id, long caseId, String instrumentCode, Schedule schedule, Integer leadHours,
            Integer intervalWeeks, String startsOn, Delivery delivery, String note, AssignmentStatus status) {
    }

    /** One exported response: its summary and score, the items with the answers given, the counsellor's note. */
    public record ExportedResponse(ResponseSummary summary, List<ItemView> items, String comment, String withheld) {
    }

    public record Exported(List<ExportedAssignment> assignments, List<ExportedResponse> responses) {
    }

    public Exported forExport(long clientId) {
        Map<Long, Disclosure> byCase = new HashMap<>();
        java.util.function.LongPredicate mine = caseId -> byCase.computeIfAbsent(caseId, id -> access.disclosure(
                em.find(CareCase.class, id), Disclosure.Purpose.RECORD_EXPORT, clientId)).mayShow(clientId);
        List<ExportedAssignment> assignments = em.createNamedQuery("MeasureAssignment.findOfClient",
                MeasureAssignment.class).setParameter("clientId", clientId).getResultList().stream()
                .filter(a -> mine.test(a.getCaseId()))
                .map(a -> new ExportedAssignment(a.getId(), a.getCaseId(), a.getInstrumentCode(), a.getSchedule(),
                        a.getLeadHours(), a.getIntervalWeeks(), a.getStartsOn().toString(), a.getDelivery(), a.getNote(),
                        a.getStatus())).toList();
        MeasureHistory.History h = history.of(List.of(clientId));
        List<ExportedResponse> responses = h.responses(r -> r.getClientId() == clientId && mine.test(r.getCaseId()))
                .stream().map(r -> new ExportedResponse(h.summary(r, false), h.items(r, false), r.getComment(),
                        h.definition(r).hasCriticalItems() ? CRITICAL_NOTE : null)).toList();
        return new Exported(assignments, responses);
    }
}

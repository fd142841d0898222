package org.tenfold.measure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.care.AccessRule;
import org.tenfold.care.CareCase;
import org.tenfold.care.ClinicalAccess;
import org.tenfold.measure.MeasureViews.Returned;
import org.tenfold.staff.Roles;

/**
 * "Questionnaires returned" on a counsellor's home page: what came back in the last {@link #RECENT} from the cases
 * they work on (as primary, second or a member's own counsellor), newest first, with the band and a mark on those
 * with a critical answer. Each member's through {@link MeasureAccess} (Disclosure), audited per client shown.
 */
@Stateless
public class MeasureDashboard {

    public static final Duration RECENT = Duration.ofDays(14);
    static final int LIMIT = 20;

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    ClinicalAccess access;

    @Inject
    MeasureAccess measureAccess;

    @Inject
    MeasureHistory history;

    @Inject
    AuditTrail audit;

    @RolesAllowed({Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<Returned> returned() {
        AccessRule.Caller caller = access.caller();
        List<MeasureResponse> recent = em.createQuery("SELECT r FROM MeasureResponse r, CareCase c JOIN c.members m"
                + " WHERE c.id = r.caseId AND m.clientId = r.clientId AND r.status = :submitted AND r.submittedAt >= :since"
                + " AND (c.primaryCounsellorId = :me OR c.secondCounsellorId = :me OR m.ownCounsellorId = :me)"
                + " ORDER BY r.submittedAt DESC, r.id DESC", MeasureResponse.class)
                .setParameter("submitted", ResponseStatus.SUBMITTED).setParameter("since", Instant.now().minus(RECENT))
                .setParameter("me", caller.staffId()).setMaxResults(LIMIT).getResultList();
        MeasureAccess.Disclosures d = measureAccess.disclosures(caller);
        List<MeasureResponse> shown = recent.stream().filter(r -> d.mayShow(r.getCaseId(), r.getClientId())).toList();
        if (shown.isEmpty()) {
            return List.of();
        }
        MeasureHistory.History h = history.of(shown.stream().map(MeasureResponse::getClientId).distinct().toList());
        List<Returned> out = new ArrayList<>();
        Map<Long, Integer> perClient = new HashMap<>();
        for (MeasureResponse r : shown) {
            MeasureViews.MemberRef m = h.member(r.getClientId());
            Scoring.Score s = h.score(r);
            out.add(new Returned(r.getId(), r.getClientId(), m.chartNumber(), m.displayName(), h.definition(r).title(),
                    r.getSubmittedAt(), s.band(), !s.critical().isEmpty()));
            perClient.merge(r.getClientId(), 1, Integer::sum);
        }
        perClient.forEach((client, n) -> audit.record(AuditAction.MEASURE_VIEW, AuditOutcome.SUCCESS, "Client", client,
                client, n + " returned questionnaire(s) listed on the home page"));
        return out;
    }
}

package org.tenfold.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tenfold.audit.AuditAction;
import org.tenfold.care.AccessRule;
import org.tenfold.care.CareCase;
import org.tenfold.care.ClinicalAccess;
import org.tenfold.care.Disclosure;
import org.tenfold.platform.NotFoundException;

/**
 * Who may use a member's questionnaires: the answers, scores and assignments are that member's own records, so
 * the answer is {@link Disclosure}'s for the case (the case's counsellors, the member's own counsellor, the
 * other partner's own counsellor only while the member shares, supervisors, a break-the-glass grant). Refusals
 * are audited by {@link ClinicalAccess}. Nothing here filters on its own.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MeasureAccess {

    static final String ENTITY = "MeasureResponse";

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    ClinicalAccess access;

    public CareCase existingCase(long caseId) {
        CareCase c = em.find(CareCase.class, caseId);
        if (c == null) {
            throw new NotFoundException("Case", caseId);
        }
        return c;
    }

    /** The caller may use this member's records in this case; refused (audited) otherwise. */
    public AccessRule.Caller requireMember(CareCase c, long clientId, AuditAction action, String entity, Object id) {
        AccessRule.Caller caller = access.requireCase(c, action);
        if (!access.disclosure(caller, c).mayShow(clientId)) {
            throw access.refuse(action, entity, id, List.of(clientId));
        }
        return caller;
    }

    /** For a list across cases: the staff disclosure of each case, built once per case. */
    public Disclosures disclosures(AccessRule.Caller caller) {
        return new Disclosures(caller);
    }

    /** The staff disclosure of each case a list touches, built once per case. */
    public final class Disclosures {
        private final AccessRule.Caller caller;
        private final Map<Long, Disclosure> byCase = new HashMap<>();

        Disclosures(AccessRule.Caller caller) {
            this.caller = caller;
        }

        public boolean mayShow(long caseId, long clientId) {
            return byCase.computeIfAbsent(caseId, id -> access.disclosure(caller, existingCase(id))).mayShow(clientId);
        }
    }
}

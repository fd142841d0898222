package org.tenfold.portal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.measure.Answering;
import org.tenfold.measure.MeasureViews;
import org.tenfold.platform.NotFoundException;

/**
 * The questionnaires a signed-in client answers in their portal: their own only (the answering member's, in a
 * case whose portal disclosure shows them), due and recently sent in. Opening, answering and sending in are the
 * link's own ({@link Answering}), with the client as actor: the same checks, scoring, critical follow-up, audit and
 * one answer per occasion. Only a portal client may call.
 */
@Stateless
public class PortalQuestionnaires {

    @Inject
    PortalCallers callers;

    @Inject
    Answering answering;

    @Inject
    PortalReads reads;

    @Inject
    AuditTrail audit;

    @RolesAllowed(PortalRoles.CLIENT)
    public List<MeasureViews.OwnQuestionnaire> list() {
        PortalCallers.Signed me = callers.me();
        List<MeasureViews.OwnQuestionnaire> out = mine(me);
        audit.record(AuditAction.PORTAL_VIEW, AuditOutcome.SUCCESS, MyPortal.ENTITY, null, me.clientId(),
                "questionnaires");
        return out;
    }

    /** One of them, with the answers given so far; not found for anything else. */
    @RolesAllowed(PortalRoles.CLIENT)
    public MeasureViews.OwnPage open(long responseId) {
        PortalCallers.Signed me = offered(responseId);
        return answering.openOwn(me.clientId(), responseId, me.actor());
    }

    /** Keeps the answers given (question number to the value chosen or the words written); nothing is sent. */
    @RolesAllowed(PortalRoles.CLIENT)
    public MeasureViews.Sending save(long responseId, Map<Integer, String> answers) {
        PortalCallers.Signed me = offered(responseId);
        return answering.answerOwn(me.clientId(), responseId, answers, false, me.actor());
    }

    /** Keeps the answers and sends them in, unless a required question is unanswered (the result names them). */
    @RolesAllowed(PortalRoles.CLIENT)
    public MeasureViews.Sending send(long responseId, Map<Integer, String> answers) {
        PortalCallers.Signed me = offered(responseId);
        return answering.answerOwn(me.clientId(), responseId, answers, true, me.actor());
    }

    private List<MeasureViews.OwnQuestionnaire> mine(PortalCallers.Signed me) {
        return reads.questionnaires(me, callers.cases(me));
    }

    /** The client, when the questionnaire is one their list offers them; otherwise not found, and audited. */
    private PortalCallers.Signed offered(long responseId) {
        PortalCallers.Signed me = callers.me();
        if (mine(me).stream().noneMatch(q -> q.responseId() == responseId)) {
            audit.record(AuditAction.PORTAL_VIEW, AuditOutcome.DENIED, "MeasureResponse", responseId, me.clientId(),
                    "not a questionnaire of this client's");
            throw new NotFoundException("Questionnaire", responseId);
        }
        return me;
    }
}

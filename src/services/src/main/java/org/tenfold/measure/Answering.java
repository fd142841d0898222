package org.tenfold.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.care.CareCase;
import org.tenfold.care.CaseStatus;
import org.tenfold.platform.SecretTokens;

/**
 * The client's side of a one-time link, without signing in: the token's SHA-256 finds an open response whose link
 * has not expired and whose case is open; anything else is the same "does not open" (empty). Each answer is saved
 * as it is given, through the one way answers are saved ({@link ResponseWork}); sending in closes the link, and a
 * critical answer is acted on before the client's page hears back, which then shows the clinic's crisis text.
 * Every opening, refusal, answer and sending in is audited under "client-link", never with what was answered.
 * Like the report links' reader, not an EJB: nobody is signed in, and the token is the credential.
 */
@ApplicationScoped
@Transactional
public class Answering {

    /** Who the audit trail names for what the client does on the link's page. */
    public static final String ACTOR = "client-link";

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    ResponseWork work;

    @Inject
    MeasureHistory history;

    @Inject
    MeasureSettings settings;

    @Inject
    AuditTrail audit;

    /** The questionnaire and the answers given so far, or empty when the link does not open. */
    public Optional<MeasureViews.AnswerPage> open(String token, String address) {
        Optional<MeasureResponse> r = response(token, address);
        r.ifPresent(x -> {
            if (x.getOpenedAt() == null) {
                x.opened(Instant.now());
            }
            audit.recordAs(ACTOR, address, AuditAction.MEASURE_LINK_OPEN, AuditOutcome.SUCCESS, MeasureAccess.ENTITY,
                    x.getId(), x.getClientId(), "questionnaire page opened");
        });
        return r.map(this::page);
    }

    /** The page again, as a postback of the page needs it (the opening was audited; each answer is). */
    public Optional<MeasureViews.AnswerPage> page(String token, String address) {
        return response(token, address).map(this::page);
    }

    /** Saves one answer; empty when the link no longer opens. */
    public Optional<MeasureViews.AnswerPage> answer(String token, int item, Integer value, String text, String address) {
        Optional<MeasureResponse> r = response(token, address);
        r.ifPresent(x -> work.answer(x, item, value, text, new ResponseWork.Actor(ACTOR, address)));
        return r.map(this::page);
    }

    /** Sends the answers in; empty when the link no longer opens. */
    public Optional<MeasureViews.Submitted> submit(String token, String address) {
        Optional<MeasureResponse> r = response(token, address);
        return r.map(x -> {
            Scoring.Score score = work.submit(x, new ResponseWork.Actor(ACTOR, address));
            boolean help = !score.critical().isEmpty();
            return new MeasureViews.Submitted(help, help ? settings.crisisText() : null);
        });
    }

    private Optional<MeasureResponse> response(String token, String address) {
        if (!MeasureLinks.wellFormed(token)) {
            return Optional.empty();
        }
        Optional<MeasureResponse> found = em.createNamedQuery("MeasureResponse.findByLink", MeasureResponse.class)
                .setParameter("hash", SecretTokens.sha256(token)).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MeasureResponse r = found.get();
        CareCase c = em.find(CareCase.class, r.getCaseId());
        if (!r.linkOpens(Instant.now()) || c.getStatus() != CaseStatus.OPEN) {
            audit.recordAs(ACTOR, address, AuditAction.MEASURE_LINK_OPEN, AuditOutcome.DENIED, MeasureAccess.ENTITY,
                    r.getId(), r.getClientId(), "link refused: " + (c.getStatus() != CaseStatus.OPEN ? "case closed"
                            : "expired"));
            return Optional.empty();
        }
        return found;
    }

    private MeasureViews.AnswerPage page(MeasureResponse r) {
        MeasureHistory.History h = history.of(List.of(r.getClientId()));
        InstrumentDefinition d = h.definition(r);
        return new MeasureViews.AnswerPage(d.clientTitle(), d.instructions(), h.items(r, true), r.getLinkExpiresAt());
    }
}

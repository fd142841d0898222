package org.tenfold.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.care.CareCase;
import org.tenfold.care.CaseStatus;
import org.tenfold.care.RiskFollowUp;
import org.tenfold.client.Client;
import org.tenfold.platform.BusinessException;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.platform.NotFoundException;
import org.tenfold.platform.SecretTokens;

/**
 * The one way answers are saved and responses sent in, whoever gives them (the client on the one-time link's
 * page, the counsellor from paper): an answer is kept as it is given, checked against its item; sending in
 * needs every required item answered, and then nothing of the response changes again. A critical answer sets
 * off the risk follow-up (the client's RISK flag and an urgent task for their counsellors) in the same
 * transaction, before anyone is told the response arrived. Audit details say which item, never what was
 * answered.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ResponseWork {

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    InstrumentCatalogue catalogue;

    @Inject
    AuditTrail audit;

    @Inject
    RiskFollowUp risk;

    /** Who acts and from where, for the audit trail: a member of staff, or the client's link. */
    public record Actor(String name, String address) {
    }

    /** The response, locked for this transaction (an answer and the sending in never cross). */
    public MeasureResponse lock(long id) {
        MeasureResponse r = em.find(MeasureResponse.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw new NotFoundException("Questionnaire response", id);
        }
        return r;
    }

    /** Saves one answer (a value for a choice, text for a free-text item; neither clears it). */
    public void answer(MeasureResponse r, int itemNumber, Integer value, String text, Actor actor) {
        requireOpen(r);
        requireCaseOpen(r);
        InstrumentDefinition d = catalogue.definition(r.getInstrumentId());
        InstrumentDefinition.Item item = d.item(itemNumber).orElseThrow(() -> new InvalidInputException("item",
                "This questionnaire has no question " + itemNumber + "."));
        String cleanText = text == null || text.isBlank() ? null : text.strip();
        if (item.kind() == InstrumentDefinition.Kind.CHOICE) {
            if (cleanText != null) {
                throw new InvalidInputException("value", "Question " + itemNumber + " is answered by choosing one of its answers.");
            }
            if (value != null && item.option(value).isEmpty()) {
                throw new InvalidInputException("value", "Question " + itemNumber + " has no answer " + value + ".");
            }
        } else {
            if (value != null) {
                throw new InvalidInputException("text", "Question " + itemNumber + " is answered in words.");
            }
            if (cleanText != null && cleanText.length() > MeasureAnswer.TEXT_MAX) {
                throw new InvalidInputException("text", "An answer is at most " + MeasureAnswer.TEXT_MAX + " characters.");
            }
        }
        Instant now = Instant.now();
        MeasureAnswer existing = em.createQuery("SELECT a FROM MeasureAnswer a WHERE a.responseId = :r"
                + " AND a.itemNumber = :n", MeasureAnswer.class).setParameter("r", r.getId())
                .setParameter("n", itemNumber).getResultStream().findFirst().orElse(null);
        boolean clear = value == null && cleanText == null;
        if (existing == null && !clear) {
            em.persist(new MeasureAnswer(r, itemNumber, value, cleanText, actor.name(), now));
        } else if (existing != null && clear) {
            em.remove(existing);
        } else if (existing != null) {
            existing.change(value, cleanText, actor.name(), now);
        }
        em.flush();
        audit.recordAs(actor.name(), actor.address(), AuditAction.MEASURE_ANSWER, AuditOutcome.SUCCESS,
                MeasureAccess.ENTITY, r.getId(), r.getClientId(), "question " + itemNumber + (clear ? " cleared" : " answered"));
    }

    /** Sends the response in: every required item answered; a critical answer is acted on now. */
    public Scoring.Score submit(MeasureResponse r, Actor actor) {
        requireOpen(r);
        requireCaseOpen(r);
        InstrumentDefinition d = catalogue.definition(r.getInstrumentId());
        Scoring.Score score = Scoring.score(d, values(r));
        if (!score.missing().isEmpty()) {
            throw new InvalidInputException("answers", "Answer every question before sending: question"
                    + (score.missing().size() == 1 ? " " : "s ") + score.missing().stream().map(String::valueOf)
                            .collect(Collectors.joining(", ")) + (score.missing().size() == 1 ? " is" : " are")
                    + " not answered yet.");
        }
        r.submit(actor.name(), Instant.now());
        em.flush();
        audit.recordAs(actor.name(), actor.address(), AuditAction.MEASURE_SUBMIT, AuditOutcome.SUCCESS,
                MeasureAccess.ENTITY, r.getId(), r.getClientId(), "sent in (" + r.getChannel().name().toLowerCase(
                        java.util.Locale.ROOT) + ")" + (r.getCorrectsId() == null ? "" : ", correcting " + r.getCorrectsId()));
        if (!score.critical().isEmpty()) {
            CareCase c = em.find(CareCase.class, r.getCaseId());
            risk.onCriticalAnswer(em.find(Client.class, r.getClientId()), c, "questionnaire response " + r.getId(),
                    actor.name());
        }
        return score;
    }

    /** A new one-time link to an open response: 256 random bits, only the SHA-256 kept; an earlier link stops. */
    public MeasureViews.IssuedLink issueLink(MeasureResponse r, java.time.Duration lifetime, Actor actor,
            String how) {
        requireOpen(r);
        requireCaseOpen(r);
        String token = SecretTokens.newToken();
        Instant expires = Instant.now().plus(lifetime);
        r.issueLink(SecretTokens.sha256(token), expires);
        em.flush();
        audit.recordAs(actor.name(), actor.address(), AuditAction.MEASURE_LINK_CREATE, AuditOutcome.SUCCESS,
                MeasureAccess.ENTITY, r.getId(), r.getClientId(), "one-time link " + how + ", expires " + expires);
        return new MeasureViews.IssuedLink(r.getId(), token, MeasureLinks.path(token), expires);
    }

    public Map<Integer, Integer> values(MeasureResponse r) {
        Map<Integer, Integer> v = new HashMap<>();
        for (MeasureAnswer a : answers(r)) {
            if (a.getValue() != null) {
                v.put(a.getItemNumber(), a.getValue());
            }
        }
        return v;
    }

    public List<MeasureAnswer> answers(MeasureResponse r) {
        return em.createNamedQuery("MeasureAnswer.findOfResponses", MeasureAnswer.class)
                .setParameter("ids", List.of(r.getId())).getResultList();
    }

    static void requireOpen(MeasureResponse r) {
        if (!r.isOpen()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, r.isSubmitted()
                    ? "This questionnaire has been sent in and does not change; enter a correction instead."
                    : "This questionnaire is closed (" + r.getStatus().name().toLowerCase(java.util.Locale.ROOT)
                            + ") and takes no more answers.");
        }
    }

    private void requireCaseOpen(MeasureResponse r) {
        CareCase c = em.find(CareCase.class, r.getCaseId());
        if (c == null || c.getStatus() != CaseStatus.OPEN) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "This case is closed: its questionnaires "
                    + "take no more answers.");
        }
    }
}

package org.tenfold.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.care.CareCase;
import org.tenfold.care.CaseStatus;
import org.tenfold.platform.BusinessException;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.platform.NotFoundException;
import org.tenfold.platform.SecretTokens;

/**
 * The client's side of a questionnaire, in one place whichever way the client comes: by a one-time link without
 * signing in, or signed in to their portal ({@code ...Own} methods, for the portal's service, which names the
 * signed-in client and has checked the case's disclosure). Both save answers and send in through
 * {@link ResponseWork} (the same checks, scoring, critical follow-up and audit), both refuse a response that no
 * longer takes answers; only who acts differs ("client-link", or the client's own portal name).
 *
 * <p>By link, without signing in: the token's SHA-256 finds an open response whose link
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

    /**
     * A client's own questionnaires made by an assignment: those due and still taking answers (in an open case,
     * before their time runs out), then those sent in since {@code since}; a counsellor's paper entries and
     * corrections are not the client's to answer and are not listed.
     */
    public List<MeasureViews.OwnQuestionnaire> ofClient(long clientId, Instant since) {
        Instant now = Instant.now();
        List<MeasureResponse> mine = em.createNamedQuery("MeasureResponse.findOfClient", MeasureResponse.class)
                .setParameter("clientId", clientId).getResultList().stream()
                .filter(r -> r.getAssignmentId() != null && r.getClientId() == clientId)
                .filter(r -> takesAnswers(r, now) || r.isSubmitted() && r.getSubmittedAt().isAfter(since)).toList();
        if (mine.isEmpty()) {
            return List.of();
        }
        MeasureHistory.History h = history.of(List.of(clientId));
        return mine.stream().map(r -> {
            InstrumentDefinition d = h.definition(r);
            List<MeasureViews.ItemView> items = h.items(r, true);
            int answered = (int) items.stream().filter(i -> i.value() != null || i.answerText() != null).count();
            return new MeasureViews.OwnQuestionnaire(r.getId(), r.getCaseId(), r.getClientId(), d.clientTitle(),
                    r.getDueAt(), r.isSubmitted() ? null : r.getLinkExpiresAt(), answered, items.size(),
                    r.getSubmittedAt());
        }).sorted(Comparator.comparing((MeasureViews.OwnQuestionnaire q) -> q.sentAt() != null)
                .thenComparing(q -> q.sentAt() == null ? q.dueAt() : q.sentAt(), Comparator.reverseOrder()))
                .toList();
    }

    /** The client's own questionnaire opened in their portal (audited as the link's opening is). */
    public MeasureViews.OwnPage openOwn(long clientId, long responseId, String actor) {
        MeasureResponse r = own(clientId, responseId, actor);
        boolean open = takesAnswers(r, Instant.now());
        if (open && r.getOpenedAt() == null) {
            r.opened(Instant.now());
        }
        audit.recordAs(actor, null, AuditAction.MEASURE_LINK_OPEN, AuditOutcome.SUCCESS, MeasureAccess.ENTITY,
                r.getId(), r.getClientId(), "questionnaire page opened in the portal");
        return new MeasureViews.OwnPage(r.getId(), open, r.isSubmitted(), page(r));
    }

    /**
     * Saves the answers given on the portal's page (only those that changed, each through {@link ResponseWork});
     * with {@code send}, then sends in when every required question is answered, or else says which are not (the
     * answers given are kept either way). Refused with a clear conflict once the questionnaire takes no answers.
     */
    public MeasureViews.Sending answerOwn(long clientId, long responseId, Map<Integer, String> given,
            boolean send, String actor) {
        MeasureResponse r = own(clientId, responseId, actor);
        if (!takesAnswers(r, Instant.now())) {
            audit.recordAs(actor, null, AuditAction.MEASURE_ANSWER, AuditOutcome.DENIED, MeasureAccess.ENTITY,
                    r.getId(), r.getClientId(), r.isSubmitted() ? "already sent in" : "no longer takes answers");
            throw new BusinessException(BusinessException.Kind.CONFLICT,
                    r.isSubmitted() ? "You have already sent your answers to these questions. Thank you: nothing"
                            + " more is needed." : "These questions are closed and take no more answers.");
        }
        ResponseWork.Actor who = new ResponseWork.Actor(actor, null);
        InstrumentDefinition d = history.of(List.of(clientId)).definition(r);
        Map<Integer, MeasureAnswer> before = work.answers(r).stream()
                .collect(Collectors.toMap(MeasureAnswer::getItemNumber, a -> a, (a, b) -> b));
        for (InstrumentDefinition.Item item : d.items()) {
            String raw = given.get(item.number());
            String text = raw == null || raw.isBlank() ? null : raw.strip();
            Integer value = null;
            if (item.kind() == InstrumentDefinition.Kind.CHOICE && text != null) {
                try {
                    value = Integer.valueOf(text);
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("q" + item.number(), "Choose one of the"
                            + " answers to question " + item.number() + ".");
                }
                text = null;
            }
            MeasureAnswer was = before.get(item.number());
            boolean same = was == null ? value == null && text == null
                    : Objects.equals(was.getValue(), value) && Objects.equals(was.getText(), text);
            if (!same) {
                work.answer(r, item.number(), value, text, who);
            }
        }
        List<Integer> missing = Scoring.score(d, work.values(r)).missing();
        if (!send || !missing.isEmpty()) {
            return new MeasureViews.Sending(missing, null);
        }
        Scoring.Score score = work.submit(r, who);
        boolean help = !score.critical().isEmpty();
        return new MeasureViews.Sending(List.of(), new MeasureViews.Submitted(help, help ? settings.crisisText() : null));
    }

    /** The client's own response made by an assignment, locked; any other is "not found" (and audited refused). */
    private MeasureResponse own(long clientId, long responseId, String actor) {
        MeasureResponse r = em.find(MeasureResponse.class, responseId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || r.getClientId() != clientId || r.getAssignmentId() == null) {
            if (r != null) {
                audit.recordAs(actor, null, AuditAction.MEASURE_LINK_OPEN, AuditOutcome.DENIED, MeasureAccess.ENTITY,
                        r.getId(), clientId, "not a questionnaire of this client's to answer");
            }
            throw new NotFoundException("Questionnaire", responseId);
        }
        return r;
    }

    /** Open, due, its time not run out, its case open. */
    private boolean takesAnswers(MeasureResponse r, Instant now) {
        if (!r.isOpen() || r.getDueAt() == null || r.getDueAt().isAfter(now) || r.getLinkExpiresAt() == null
                || !now.isBefore(r.getLinkExpiresAt())) {
            return false;
        }
        CareCase c = em.find(CareCase.class, r.getCaseId());
        return c != null && c.getStatus() == CaseStatus.OPEN;
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

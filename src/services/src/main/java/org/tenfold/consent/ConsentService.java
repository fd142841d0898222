package org.tenfold.consent;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.care.ClinicalAccess;
import org.tenfold.client.Client;
import org.tenfold.consent.ConsentViews.ClientConsents;
import org.tenfold.consent.ConsentViews.FormView;
import org.tenfold.consent.ConsentViews.OnFile;
import org.tenfold.consent.ConsentViews.RecordView;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.staff.Roles;

/**
 * Consents. Who may do what:
 * <ul>
 * <li>the active wordings: every member of staff;</li>
 * <li>a client's decisions and history, and recording a PARTNER_SHARING choice: clinical access to
 *     the client ({@link ClinicalAccess}), refusals audited;</li>
 * <li>recording TREATMENT, PRIVACY_AND_LIMITS and ELECTRONIC_COMMUNICATION (paperwork signed at
 *     reception): front desk too, as the witness;</li>
 * <li>"on file yes/no" per kind, never the sharing choice: front desk, counsellors, supervisors.</li>
 * </ul>
 * Records are only ever added: a withdrawal or a changed choice is a new row.
 */
@Stateless
public class ConsentService {

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ClinicalAccess access;

    @Inject
    ConsentChannels channels;

    @Resource
    SessionContext context;

    /** The wordings in use now, one per kind. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<FormView> activeForms() {
        Map<ConsentKind, ConsentForm> latest = em.createNamedQuery("ConsentForm.findActive", ConsentForm.class)
                .getResultList().stream().collect(Collectors.toMap(ConsentForm::getKind, Function.identity(),
                        (a, b) -> a.getVersion() >= b.getVersion() ? a : b));
        return Arrays.stream(ConsentKind.values()).filter(latest::containsKey).map(k -> FormView.of(latest.get(k)))
                .toList();
    }

    /** The client's current decisions and their history (clinical); audited. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public ClientConsents ofClient(long clientId) {
        access.requireClient(clientId, AuditAction.CONSENT_VIEW, "Client", clientId);
        List<ConsentRecord> history = em.createNamedQuery("ConsentRecord.findByClient", ConsentRecord.class)
                .setParameter("clientId", clientId).getResultList();
        audit.record(AuditAction.CONSENT_VIEW, AuditOutcome.SUCCESS, "Client", clientId, clientId,
                history.size() + " record(s)");
        return new ClientConsents(clientId, current(history).stream().map(RecordView::of).toList(),
                history.stream().map(RecordView::of).toList());
    }

    /** Whether each kind is on file, without the sharing choice (front desk's view); audited. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<OnFile> onFile(long clientId) {
        access.existingClient(clientId);
        Map<ConsentKind, ConsentRecord> current = current(em.createNamedQuery("ConsentRecord.findByClient",
                ConsentRecord.class).setParameter("clientId", clientId).getResultList()).stream()
                .collect(Collectors.toMap(ConsentRecord::getKind, Function.identity()));
        audit.record(AuditAction.CONSENT_VIEW, AuditOutcome.SUCCESS, "Client", clientId, clientId, "on file only");
        return Arrays.stream(ConsentKind.values()).map(k -> {
            ConsentRecord r = current.get(k);
            return new OnFile(k, r != null && (k == ConsentKind.PARTNER_SHARING || r.isAffirmative()));
        }).toList();
    }

    /** Records a decision on the exact wording version the client read (see the class comment for who may). */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public RecordView record(long clientId, ConsentRequest request) {
        ConsentKind kind = request == null ? null : request.kind;
        if (kind == null) {
            access.existingClient(clientId);
            throw new InvalidInputException("kind",
                    "Choose TREATMENT, PRIVACY_AND_LIMITS, ELECTRONIC_COMMUNICATION or PARTNER_SHARING.");
        }
        checkMayRecord(clientId, kind);
        if (request.version == null) {
            throw new InvalidInputException("version", "Give the version of the wording the client agreed to.");
        }
        ConsentForm form = em.createNamedQuery("ConsentForm.findByKindAndVersion", ConsentForm.class)
                .setParameter("kind", kind).setParameter("version", request.version).getResultStream().findFirst()
                .filter(ConsentForm::isActive).orElseThrow(() -> new InvalidInputException("version",
                        "There is no wording in use for " + kind + " with version " + request.version + "."));
        if (request.decision == null || !kind.accepts(request.decision)) {
            throw new InvalidInputException("decision", kind == ConsentKind.PARTNER_SHARING
                    ? "Choose SHARE or DO_NOT_SHARE." : "Choose GIVEN or WITHDRAWN.");
        }
        if (kind == ConsentKind.ELECTRONIC_COMMUNICATION && request.decision == ConsentDecision.GIVEN
                && !request.email && !request.sms) {
            throw new InvalidInputException("email", "Choose email, SMS or both.");
        }
        return write(clientId, form, request.decision, request.email, request.sms);
    }

    /**
     * Withdraws the current consent of a kind (for PARTNER_SHARING: records DO_NOT_SHARE), against the
     * wording version the client had agreed to. A new row; nothing is deleted.
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public RecordView withdraw(long clientId, ConsentKind kind) {
        if (kind == null) {
            access.existingClient(clientId);
            throw new InvalidInputException("kind", "Say which consent is withdrawn.");
        }
        checkMayRecord(clientId, kind);
        ConsentRecord latest = current(em.createNamedQuery("ConsentRecord.findByClient", ConsentRecord.class)
                .setParameter("clientId", clientId).getResultList()).stream().filter(r -> r.getKind() == kind)
                .findFirst().filter(ConsentRecord::isAffirmative)
                .orElseThrow(() -> new InvalidInputException("kind", "There is no " + kind + " consent to withdraw."));
        return write(clientId, latest.getForm(), kind == ConsentKind.PARTNER_SHARING ? ConsentDecision.DO_NOT_SHARE
                : ConsentDecision.WITHDRAWN, false, false);
    }

    private RecordView write(long clientId, ConsentForm form, ConsentDecision decision, boolean email, boolean sms) {
        Client client = em.find(Client.class, clientId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        ConsentRecord r = new ConsentRecord(clientId, form, decision, email, sms, access.staff().getUsername(), now);
        em.persist(r);
        if (form.getKind() == ConsentKind.ELECTRONIC_COMMUNICATION) {
            channels.applyToClient(client, r, now);
        }
        em.flush();
        audit.record(AuditAction.CONSENT_RECORD, AuditOutcome.SUCCESS, "ConsentRecord", r.getId(), clientId,
                form.getKind() + " v" + form.getVersion() + " " + decision);
        return RecordView.of(r);
    }

    /** Front desk may record the paperwork kinds for any client; everything else needs clinical access. */
    private void checkMayRecord(long clientId, ConsentKind kind) {
        access.existingClient(clientId);
        boolean paperwork = kind != ConsentKind.PARTNER_SHARING;
        if (!(paperwork && context.isCallerInRole(Roles.FRONT_DESK))) {
            access.requireClient(clientId, AuditAction.CONSENT_RECORD, "Client", clientId);
        }
    }


    /** The latest row of each kind, in kind order. */
    private static List<ConsentRecord> current(List<ConsentRecord> history) {
        return history.stream().collect(Collectors.toMap(ConsentRecord::getKind, Function.identity(),
                (a, b) -> a.getId() > b.getId() ? a : b)).values().stream()
                .sorted(Comparator.comparing(ConsentRecord::getKind)).toList();
    }
}

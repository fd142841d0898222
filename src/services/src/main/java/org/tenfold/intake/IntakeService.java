package org.tenfold.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.care.ClientFlag;
import org.tenfold.care.ClinicalAccess;
import org.tenfold.care.FlagKind;
import org.tenfold.care.RiskFollowUp;
import org.tenfold.client.Client;
import org.tenfold.intake.IntakeViews.FrontDeskIntakeView;
import org.tenfold.intake.IntakeViews.IntakeView;
import org.tenfold.platform.BusinessException;
import org.tenfold.platform.Inputs;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.platform.StaleDataException;
import org.tenfold.staff.Roles;
import org.tenfold.staff.Staff;

/**
 * A client's intake. Clinical reads and writes ({@link #get}, {@link #save}, {@link #submit}) go
 * through {@link ClinicalAccess}: every role reaches the method so that a refusal is audited with the
 * client's id. Drafts take partial answers; submit requires the fields of
 * {@link IntakeAnswers#missingForSubmit()} and answers 400 with one message per missing field; a
 * submitted intake stays complete when changed. A positive risk answer at submit, or saved on a
 * submitted intake, raises the RISK flag and a task ({@link RiskFollowUp}). Front desk may read and
 * fill only the relationship basics of a draft ({@link #frontDeskPart}, {@link #saveFrontDeskPart}).
 */
@Stateless
public class IntakeService {

    private static final String ENTITY = "Intake";
    static final String RACE = "Someone else started this client's intake at the same moment. "
            + "Open the intake again to see what was saved, then add your answers.";

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Inputs inputs;

    @Inject
    ClinicalAccess access;

    @Inject
    RiskFollowUp risk;

    /** The client's intake (an empty draft when none was saved yet); audited. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public IntakeView get(long clientId) {
        access.requireClient(clientId, AuditAction.INTAKE_VIEW, ENTITY, null);
        Intake intake = find(clientId, false);
        audit.record(AuditAction.INTAKE_VIEW, AuditOutcome.SUCCESS, ENTITY, intake == null ? null : intake.getId(),
                clientId, intake == null ? "none yet" : intake.getStatus().name());
        return view(clientId, intake);
    }

    /**
     * Saves the answers: the first save creates the draft (no version expected), later saves must
     * name the version they edited. A submitted intake must stay complete.
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public IntakeView save(long clientId, Long expectedVersion, IntakeAnswers answers) {
        access.requireClient(clientId, AuditAction.INTAKE_SAVE, ENTITY, null);
        inputs.valid(answers, "Intake");
        Staff me = access.staff();
        Intake intake = findOrCreate(clientId, expectedVersion, me);
        Map<String, String> missing = intake.save(answers, me.getUsername(), Instant.now());
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        flush();
        boolean submitted = intake.getStatus() != IntakeStatus.DRAFT;
        audit.record(AuditAction.INTAKE_SAVE, AuditOutcome.SUCCESS, ENTITY, intake.getId(), clientId,
                submitted ? "changed after submit (" + intake.getStatus() + ")" : "draft saved");
        if (submitted) {
            followUp(intake, me);
        }
        return view(clientId, intake);
    }

    /** Submits the draft the caller edited; 400 with each missing field when it is not complete. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public IntakeView submit(long clientId, long expectedVersion) {
        access.requireClient(clientId, AuditAction.INTAKE_SUBMIT, ENTITY, null);
        Intake intake = find(clientId, true);
        if (intake == null) {
            throw new InvalidInputException("intake", "Nothing to submit yet: save the intake first.");
        }
        checkVersion(intake, expectedVersion);
        if (intake.getStatus() != IntakeStatus.DRAFT) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "This intake was submitted already.");
        }
        Staff me = access.staff();
        Map<String, String> missing = intake.submit(me.getUsername(), Instant.now());
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        flush();
        audit.record(AuditAction.INTAKE_SUBMIT, AuditOutcome.SUCCESS, ENTITY, intake.getId(), clientId, null);
        followUp(intake, me);
        return view(clientId, intake);
    }

    /** The relationship basics of the client's intake and its status, for front desk. */
    @RolesAllowed(Roles.FRONT_DESK)
    public FrontDeskIntakeView frontDeskPart(long clientId) {
        access.existingClient(clientId);
        Intake intake = find(clientId, false);
        audit.record(AuditAction.INTAKE_VIEW, AuditOutcome.SUCCESS, ENTITY, intake == null ? null : intake.getId(),
                clientId, "front desk part");
        return frontDeskView(clientId, intake);
    }

    /**
     * Front desk fills the relationship basics of a draft (creating it if needed); every other field
     * is left as the counsellor wrote it. Refused once the intake is submitted.
     */
    @RolesAllowed(Roles.FRONT_DESK)
    public FrontDeskIntakeView saveFrontDeskPart(long clientId, Long expectedVersion, IntakeAnswers part) {
        access.existingClient(clientId);
        inputs.valid(part, "Intake");
        Staff me = access.staff();
        Intake intake = findOrCreate(clientId, expectedVersion, me);
        if (intake.getStatus() != IntakeStatus.DRAFT) {
            throw new BusinessException(BusinessException.Kind.CONFLICT,
                    "This intake was submitted; only the counsellor changes it now.");
        }
        intake.save(intake.getAnswers().withFrontDeskPart(part), me.getUsername(), Instant.now());
        flush();
        audit.record(AuditAction.INTAKE_SAVE, AuditOutcome.SUCCESS, ENTITY, intake.getId(), clientId,
                "front desk part saved");
        return frontDeskView(clientId, intake);
    }

    private void followUp(Intake intake, Staff me) {
        Client client = em.find(Client.class, intake.getClientId());
        risk.onRiskAnswers(client, intake.getAnswers(), "intake " + intake.getId(), me.getId(), me.getUsername());
    }

    private Intake findOrCreate(long clientId, Long expectedVersion, Staff me) {
        Intake intake = find(clientId, true);
        if (intake == null) {
            // the unique key on client_id makes a racing second create fail rather than duplicate
            intake = new Intake(clientId, me.getUsername(), Instant.now());
            em.persist(intake);
            return intake;
        }
        if (expectedVersion == null) {
            throw new BusinessException(BusinessException.Kind.STALE,
                    "This intake exists already (someone may have started it meanwhile): open it again to see "
                            + "what was saved, then make your changes. Over the API, send its ETag in If-Match.");
        }
        checkVersion(intake, expectedVersion);
        return intake;
    }

    private static void checkVersion(Intake intake, long expectedVersion) {
        if (intake.getVersion() != expectedVersion) {
            throw new StaleDataException("This intake");
        }
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleDataException("This intake");
        } catch (PersistenceException e) {
            if (lostRace(e)) {
                throw new BusinessException(BusinessException.Kind.CONFLICT, RACE);
            }
            throw e;
        }
    }

    /**
     * Two first saves of the same client's intake at once: the unique key on client_id (a duplicate)
     * or the locks taken while looking for the row (a deadlock, a lock wait timeout) stop the second.
     */
    static boolean lostRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                int code = sql.getErrorCode();
                if (state.startsWith("23") || state.startsWith("40") || code == 1062 || code == 1213
                        || code == 1205) {
                    return true;
                }
            }
        }
        return false;
    }

    private Intake find(long clientId, boolean lock) {
        var q = em.createNamedQuery("Intake.findByClient", Intake.class).setParameter("clientId", clientId);
        if (lock) {
            q.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return q.getResultStream().findFirst().orElse(null);
    }


    private IntakeView view(long clientId, Intake i) {
        boolean flagged = !em.createNamedQuery("ClientFlag.findRaised", ClientFlag.class)
                .setParameter("clientId", clientId).setParameter("kind", FlagKind.RISK).getResultList().isEmpty();
        if (i == null) {
            return new IntakeView(clientId, null, IntakeStatus.DRAFT, new IntakeAnswers(), null, null, null, null, null,
                    null, null, null, null, flagged);
        }
        return new IntakeView(clientId, i.getId(), i.getStatus(), i.getAnswers(), i.getVersion(), i.getCreatedBy(),
                i.getCreatedAt(), i.getUpdatedBy(), i.getUpdatedAt(), i.getSubmittedBy(), i.getSubmittedAt(),
                i.getReviewedBy(), i.getReviewedAt(), flagged);
    }

    private static FrontDeskIntakeView frontDeskView(long clientId, Intake i) {
        return i == null ? new FrontDeskIntakeView(clientId, IntakeStatus.DRAFT, new IntakeAnswers(), null)
                : new FrontDeskIntakeView(clientId, i.getStatus(), i.getAnswers().frontDeskPart(), i.getVersion());
    }
}

package org.tenfold.note;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.care.AccessRule;
import org.tenfold.care.CareCase;
import org.tenfold.care.ClinicalAccess;
import org.tenfold.care.RefusalLog;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.platform.NotFoundException;
import org.tenfold.platform.StaleDataException;
import org.tenfold.staff.PasswordHasher;
import org.tenfold.staff.Role;
import org.tenfold.staff.Staff;

/**
 * Who may do what with one note, in one place for the note services: a note is read by its author and by
 * those the clinical rule lets use its case (a joint session's) or its client (an individual session's, as
 * {@link org.tenfold.care.Disclosure} says); written by its author; co-signed by the author's supervisor. Refusals are
 * audited through {@link ClinicalAccess}; signing re-checks the password.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class NoteGuard {

    static final String ENTITY = "SessionNote";

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ClinicalAccess access;

    @Inject
    RefusalLog refusals;

    private final PasswordHasher hasher = new PasswordHasher();

    SessionNote find(long noteId) {
        SessionNote note = em.find(SessionNote.class, noteId);
        if (note == null) {
            throw new NotFoundException("Note", noteId);
        }
        return note;
    }

    boolean readable(SessionNote note, AccessRule.Caller caller) {
        if (note.getAuthorId() == caller.staffId()) {
            return true;
        }
        if (!caller.counsellor() && !caller.supervisor()) {
            return false;
        }
        CareCase c = em.find(CareCase.class, note.getCaseId());
        if (note.getOwnerClientId() == null) {
            return access.mayUseCase(caller, c);
        }
        return access.disclosure(caller, c).mayShow(note.getOwnerClientId());
    }

    Staff requireRead(SessionNote note, AuditAction action) {
        AccessRule.Caller caller = access.caller();
        if (!readable(note, caller)) {
            throw access.refuse(action, ENTITY, note.getId(), List.copyOf(note.getClientIds()));
        }
        return access.staff();
    }

    Staff requireAuthor(SessionNote note, AuditAction action) {
        Staff me = access.staff();
        if (!clinical(me) || note.getAuthorId() != me.getId()) {
            throw access.refuse(action, ENTITY, note.getId(), List.copyOf(note.getClientIds()));
        }
        return me;
    }

    Staff requireSupervisorOf(SessionNote note, AuditAction action) {
        Staff me = access.staff();
        if (!me.hasRole(Role.SUPERVISOR) || !supervisees(me.getId()).contains(note.getAuthorId())) {
            throw access.refuse(action, ENTITY, note.getId(), List.copyOf(note.getClientIds()));
        }
        return me;
    }

    void requirePassword(Staff me, String password, SessionNote note, AuditAction action) {
        if (password == null || password.isEmpty() || !hasher.verify(password.toCharArray(), me.getPasswordHash())) {
            refusals.refused(action, ENTITY, note.getId(), List.copyOf(note.getClientIds()),
                    "refused: the password re-entered was not correct");
            throw new InvalidInputException("password", "The password is not correct; nothing was signed.");
        }
    }

    static boolean clinical(Staff s) {
        return s.hasRole(Role.COUNSELLOR) || s.hasRole(Role.SUPERVISOR);
    }

    boolean supervised(long counsellorId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM supervision WHERE counsellor_id = ?1")
                .setParameter(1, counsellorId).getSingleResult()).longValue() > 0;
    }

    Set<Long> supervisees(long supervisorId) {
        List<?> rows = em.createNativeQuery("SELECT counsellor_id FROM supervision WHERE supervisor_id = ?1")
                .setParameter(1, supervisorId).getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).collect(Collectors.toSet());
    }

    void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleDataException("This note");
        }
    }

    void auditNote(SessionNote note, AuditAction action, String detail) {
        for (Long clientId : note.getClientIds()) {
            audit.record(action, AuditOutcome.SUCCESS, ENTITY, note.getId(), clientId, detail);
        }
    }
}

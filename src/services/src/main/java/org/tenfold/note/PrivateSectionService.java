package org.tenfold.note;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.tenfold.audit.AuditAction;
import org.tenfold.note.NoteViews.PrivateSectionView;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.platform.StaleDataException;
import org.tenfold.staff.Roles;
import org.tenfold.staff.Staff;

/**
 * A note author's private process section: their own working thoughts beside the note, read and written by
 * the author alone, kept apart from the note so that signing does not freeze it and no output carries it.
 */
@Stateless
public class PrivateSectionService {
    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    NoteGuard guard;

    /** The author's private process section (empty when none is written); the author only. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public PrivateSectionView privateSection(long noteId) {
        SessionNote note = guard.find(noteId);
        guard.requireAuthor(note, AuditAction.NOTE_PRIVATE_VIEW);
        PrivateSection p = em.find(PrivateSection.class, noteId);
        guard.auditNote(note, AuditAction.NOTE_PRIVATE_VIEW, "private section read");
        return p == null ? new PrivateSectionView(noteId, "", null, 0)
                : new PrivateSectionView(noteId, p.getText(), p.getUpdatedAt(), p.getVersion());
    }

    /** Writes the author's private process section; kept apart from the note, so signing does not freeze it. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public PrivateSectionView savePrivateSection(long noteId, Long expectedVersion, String text) {
        SessionNote note = guard.find(noteId);
        Staff me = guard.requireAuthor(note, AuditAction.NOTE_PRIVATE_UPDATE);
        String t = text == null ? "" : text;
        if (t.length() > PrivateSection.TEXT_MAX) {
            throw new InvalidInputException("text", "The private section holds at most " + PrivateSection.TEXT_MAX
                    + " characters.");
        }
        PrivateSection p = em.find(PrivateSection.class, noteId);
        Instant now = Instant.now();
        if (p == null) {
            p = new PrivateSection(noteId, me.getId(), t, now);
            em.persist(p);
        } else {
            if (expectedVersion != null && expectedVersion != p.getVersion()) {
                throw new StaleDataException("Your private section");
            }
            p.write(t, now);
        }
        guard.flush();
        guard.auditNote(note, AuditAction.NOTE_PRIVATE_UPDATE, "private section saved");
        return new PrivateSectionView(noteId, p.getText(), p.getUpdatedAt(), p.getVersion());
    }
}

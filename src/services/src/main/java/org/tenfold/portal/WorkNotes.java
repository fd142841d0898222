package org.tenfold.portal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.tenfold.audit.AuditAction;
import org.tenfold.care.CareCase;
import org.tenfold.care.ClinicalAccess;
import org.tenfold.care.Disclosure;
import org.tenfold.client.Client;
import org.tenfold.platform.NotFoundException;
import org.tenfold.plan.records.EducationAssignment;
import org.tenfold.plan.records.EducationItem;
import org.tenfold.plan.records.SelfCareActivity;
import org.tenfold.note.NoteHomework;
import org.tenfold.note.SessionNote;
import org.tenfold.staff.Roles;

/**
 * What clients wrote in the portal about their work, as their counsellors read it: through the case's access
 * check and its staff disclosure (a partner's words reach the other partner's own counsellor only while that
 * partner shares), audited per client.
 */
@Stateless
public class WorkNotes {

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    ClinicalAccess access;

    @Inject
    org.tenfold.audit.AuditTrail audit;

    /** What the case's clients wrote, as the caller may read it on screen or through the API. */
    @RolesAllowed({Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<PortalViews.WorkNote> ofCase(long caseId) {
        CareCase c = requireCase(caseId);
        return read(c, access.disclosure(c), "what the client wrote about their work in the portal");
    }

    /** The same for an output made for the case's clients (a member's record export: {@code subject}). */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<PortalViews.WorkNote> forOutput(long caseId, Disclosure.Purpose purpose, Long subject) {
        CareCase c = requireCase(caseId);
        return read(c, access.disclosure(c, purpose, subject), "what the client wrote in the portal, for "
                + purpose.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }

    private CareCase requireCase(long caseId) {
        CareCase c = em.find(CareCase.class, caseId);
        if (c == null) {
            throw new NotFoundException("Case", caseId);
        }
        access.requireCase(c, AuditAction.PORTAL_ACTIVITY_VIEW);
        return c;
    }

    private List<PortalViews.WorkNote> read(CareCase c, Disclosure disclosure, String detail) {
        List<PortalViews.WorkNote> out = new ArrayList<>();
        for (WorkUpdate u : em.createNamedQuery("WorkUpdate.findOfCase", WorkUpdate.class)
                .setParameter("caseId", c.getId()).getResultList()) {
            if (disclosure.mayShow(u.getClientId())) {
                Client who = em.find(Client.class, u.getClientId());
                out.add(new PortalViews.WorkNote(u.getId(), u.getClientId(), who.getDisplayName(), u.getKind(),
                        u.getRefId(), what(u), u.isDone(), u.getComment(), u.getWrittenAt()));
            }
        }
        for (Long client : c.clientIds()) {
            if (disclosure.mayShow(client)) {
                audit.record(AuditAction.PORTAL_ACTIVITY_VIEW, org.tenfold.audit.AuditOutcome.SUCCESS, "CareCase",
                        c.getId(), client, detail);
            }
        }
        return out;
    }

    /** What the piece of work is, in the counsellor's terms. */
    private String what(WorkUpdate u) {
        return switch (u.getKind()) {
            case EDUCATION -> {
                EducationAssignment a = em.find(EducationAssignment.class, u.getRefId());
                EducationItem i = a == null ? null : em.find(EducationItem.class, a.getItemId());
                yield "Education: " + (i == null ? "(removed)" : i.getTitle());
            }
            case SELF_CARE -> {
                SelfCareActivity s = em.find(SelfCareActivity.class, u.getRefId());
                yield "Self-care: " + (s == null ? "(removed)" : s.getActivity());
            }
            case HOMEWORK -> {
                NoteHomework h = em.find(NoteHomework.class, u.getRefId());
                yield "Homework: " + (h == null || h.getDetail() == null ? "(linked)" : h.getDetail());
            }
            case NOTE_HOMEWORK -> {
                SessionNote n = em.find(SessionNote.class, u.getRefId());
                yield "Homework: " + (n == null ? "(removed)" : n.getHomeworkText());
            }
        };
    }
}

package org.tenfold.note;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tenfold.audit.AuditAction;
import org.tenfold.care.CareCase;
import org.tenfold.care.CaseStatus;
import org.tenfold.care.ClinicalAccess;
import org.tenfold.care.Disclosure;
import org.tenfold.care.RiskFollowUp;
import org.tenfold.client.Client;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.note.NoteInputs.AddendumInput;
import org.tenfold.note.NoteInputs.MilestoneInput;
import org.tenfold.note.NoteInputs.NoteDraft;
import org.tenfold.note.NoteInputs.NoteStart;
import org.tenfold.note.NoteViews.NoteView;
import org.tenfold.plan.records.MilestoneService;
import org.tenfold.plan.records.StepRecordInputs;
import org.tenfold.platform.BusinessException;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.platform.NotFoundException;
import org.tenfold.platform.StaleDataException;
import org.tenfold.scheduling.Appointment;
import org.tenfold.scheduling.AppointmentStatus;
import org.tenfold.staff.Roles;
import org.tenfold.staff.Staff;

/**
 * The life of a session note: started by the counsellor of a held appointment, who alone edits the draft,
 * signs it (re-entering their password) and adds addenda; a supervised author's note waits for the
 * supervisor's co-signature or is returned with a change request. Reading one note follows the clinical
 * rule ({@link NoteGuard}); lists and dashboards are {@link NoteQueries}, the author's private process
 * section {@link PrivateSectionService}. Every read and change is audited per client, every refusal by
 * {@link ClinicalAccess}; no message, audit row or exception carries the note's text.
 */
@Stateless
public class NoteService {

    public static final String SIGNED_MESSAGE = "This note is signed and cannot be changed; add an addendum.";
    private static final int COMMENT_MAX = 2000;

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    ClinicalAccess access;

    @Inject
    RiskFollowUp risk;

    @Inject
    ClinicProfile clinic;

    @Inject
    NoteGuard guard;

    @Inject
    NoteViewer viewer;

    @Inject
    NoteLinks links;

    @Inject
    NoteDrafts drafts;

    @EJB
    MilestoneService milestones;

    /** Starts the note of a held appointment: its counsellor only, one note per appointment. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public NoteView create(long appointmentId, NoteStart start) {
        Appointment a = em.find(Appointment.class, appointmentId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw new NotFoundException("Appointment", appointmentId);
        }
        List<Long> clientIds = a.getClients().stream().map(Client::getId).sorted().toList();
        Staff me = access.staff();
        if (!NoteGuard.clinical(me) || !Objects.equals(a.getCounsellor().getId(), me.getId())) {
            throw access.refuse(AuditAction.NOTE_CREATE, "Appointment", appointmentId, clientIds);
        }
        if (a.getStatus() != AppointmentStatus.CHECKED_IN && a.getStatus() != AppointmentStatus.COMPLETED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT,
                    "Notes are written for held sessions: check the client in or complete the appointment first.");
        }
        em.createNamedQuery("SessionNote.findByAppointment", SessionNote.class).setParameter("appointmentId",
                appointmentId).getResultStream().findFirst().ifPresent(n -> {
                    throw new BusinessException(BusinessException.Kind.CONFLICT,
                            "This session has a note already (note " + n.getId() + "); open that one.");
                });
        CareCase c = caseOf(a, clientIds);
        Long owner = clientIds.size() == 1 ? clientIds.get(0) : null;
        NoteStart s = start == null ? new NoteStart() : start;
        SessionNote last = Boolean.TRUE.equals(s.fromLastNote) ? em.createNamedQuery(
                "SessionNote.findLastOfAuthorOnCase", SessionNote.class).setParameter("authorId", me.getId())
                .setParameter("caseId", c.getId()).setMaxResults(1).getResultStream().findFirst().orElse(null) : null;
        NoteFormat format = last != null ? last.getFormat() : s.format == null || s.format.isBlank() ? NoteFormat.DAP
                : parseFormat(s.format);
        SessionNote note = new SessionNote(appointmentId, c.getId(), owner, new LinkedHashSet<>(clientIds),
                me.getId(), format, Instant.now());
        if (last != null) {
            note.replaceSteps(last.getSteps().stream().map(st -> new NoteStep(st.getStepCode(), null, null,
                    st.getGoalId(), st.getObjectiveId(), null)).toList());
            note.replaceHomework(last.getHomework().stream().filter(h -> h.getKind() != HomeworkKind.TEXT)
                    .map(h -> new NoteHomework(h.getKind(), h.getRefId(), null)).toList());
        }
        em.persist(note);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new BusinessException(BusinessException.Kind.CONFLICT,
                    "This session has a note already; open that one.");
        }
        guard.auditNote(note, AuditAction.NOTE_CREATE, last == null ? "started, " + format
                : "started from note " + last.getId() + ", " + format);
        return viewer.view(note, me);
    }

    /** One note, for those who may read it. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public NoteView get(long noteId) {
        SessionNote note = guard.find(noteId);
        Staff me = guard.requireRead(note, AuditAction.NOTE_VIEW);
        guard.auditNote(note, AuditAction.NOTE_VIEW, "read");
        return viewer.view(note, me);
    }

    /**
     * One note as an output made for the case's clients may carry it (a member's record export): the
     * note must be one its subject may have (a joint session's, or their own), and its rows naming the
     * other partner's own records are withheld as {@link Disclosure} says, whoever makes the output.
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public NoteView forOutput(long noteId, Disclosure.Purpose purpose, Long subject) {
        SessionNote note = guard.find(noteId);
        Staff me = guard.requireRead(note, AuditAction.NOTE_VIEW);
        Disclosure disclosure = access.disclosure(em.find(CareCase.class, note.getCaseId()), purpose, subject);
        if (!disclosure.mayShow(note.getOwnerClientId())) {
            throw access.refuse(AuditAction.NOTE_VIEW, NoteGuard.ENTITY, noteId, List.copyOf(note.getClientIds()));
        }
        guard.auditNote(note, AuditAction.NOTE_VIEW, "read for " + purpose.name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' '));
        return viewer.view(note, me, links.of(note.getCaseId(), disclosure));
    }

    /** The note of an appointment; 404 when none is started. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public NoteView ofAppointment(long appointmentId) {
        Appointment a = em.find(Appointment.class, appointmentId);
        if (a == null) {
            throw new NotFoundException("Appointment", appointmentId);
        }
        Staff me = access.staff();
        if (!NoteGuard.clinical(me)) {
            throw access.refuse(AuditAction.NOTE_VIEW, "Appointment", appointmentId,
                    a.getClients().stream().map(Client::getId).toList());
        }
        SessionNote note = em.createNamedQuery("SessionNote.findByAppointment", SessionNote.class)
                .setParameter("appointmentId", appointmentId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("The note of appointment", appointmentId));
        guard.requireRead(note, AuditAction.NOTE_VIEW);
        guard.auditNote(note, AuditAction.NOTE_VIEW, "read");
        return viewer.view(note, me);
    }

    /**
     * Saves the author's draft as it is now (the whole of it). A stale version refuses with 412 and
     * nothing is overwritten, unless what is sent is exactly what is stored (a repeated save), which
     * answers with the note as stored.
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public NoteView saveDraft(long noteId, Long expectedVersion, NoteDraft draft) {
        SessionNote note = guard.find(noteId);
        Staff me = guard.requireAuthor(note, AuditAction.NOTE_UPDATE);
        if (!note.isDraft()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, SIGNED_MESSAGE);
        }
        NoteDrafts.Content wanted = drafts.validate(note, draft == null ? new NoteDraft() : draft);
        if (expectedVersion != null && expectedVersion != note.getVersion()) {
            if (wanted.equals(NoteDrafts.content(note))) {
                return viewer.view(note, me);
            }
            throw new StaleDataException("This note");
        }
        if (wanted.equals(NoteDrafts.content(note))) {
            return viewer.view(note, me);
        }
        NoteDrafts.apply(note, wanted);
        guard.flush();
        guard.auditNote(note, AuditAction.NOTE_UPDATE, "draft saved");
        return viewer.view(note, me);
    }

    /**
     * The author signs, re-entering their password. From now on the note never changes. A supervised
     * author's note waits for co-signature; otherwise its milestones become milestone records now. A
     * new risk concern raises the client's RISK flag and follow-up tasks.
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public NoteView sign(long noteId, String password) {
        SessionNote note = guard.find(noteId);
        Staff me = guard.requireAuthor(note, AuditAction.NOTE_SIGN);
        if (!note.isDraft()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "This note is signed already.");
        }
        guard.requirePassword(me, password, note, AuditAction.NOTE_SIGN);
        Map<String, String> errors = note.signProblems();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean needsCosign = guard.supervised(note.getAuthorId());
        Instant now = Instant.now();
        note.sign(me.getUsername(), now, needsCosign);
        guard.flush();
        if (note.getRiskUpdate() == RiskUpdate.NEW_CONCERN) {
            List<Long> concerned = note.getRiskClientId() != null ? List.of(note.getRiskClientId())
                    : note.getOwnerClientId() != null ? List.of(note.getOwnerClientId())
                    : List.copyOf(note.getClientIds());
            for (Long clientId : concerned) {
                risk.onNewConcern(em.find(Client.class, clientId), "New risk concern recorded in session note "
                        + note.getId() + ".", "session note " + note.getId(), me.getId(), me.getUsername());
            }
        }
        if (!needsCosign) {
            recordMilestones(note);
        }
        guard.auditNote(note, AuditAction.NOTE_SIGN, needsCosign ? "signed, awaiting co-signature" : "signed");
        return viewer.view(note, me);
    }

    /** A dated, signed correction beneath a signed note, by its author. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public NoteView addAddendum(long noteId, AddendumInput input) {
        SessionNote note = guard.find(noteId);
        Staff me = guard.requireAuthor(note, AuditAction.NOTE_ADDENDUM);
        if (note.getStatus() != NoteStatus.SIGNED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, note.isDraft()
                    ? "This note is a draft: change it directly; addenda are for signed notes."
                    : "This note awaits its co-signature; addenda can be added once it is co-signed.");
        }
        AddendumInput in = input == null ? new AddendumInput() : input;
        guard.requirePassword(me, in.password, note, AuditAction.NOTE_ADDENDUM);
        String text = in.text == null ? "" : in.text.strip();
        if (text.isEmpty() || text.length() > NoteAddendum.TEXT_MAX) {
            throw new InvalidInputException("text", "Write the addendum (at most " + NoteAddendum.TEXT_MAX
                    + " characters).");
        }
        NoteAddendum added = note.addAddendum(text, me.getUsername(), Instant.now());
        em.persist(added);
        guard.flush();
        guard.auditNote(note, AuditAction.NOTE_ADDENDUM, "addendum " + added.getId() + " signed");
        return viewer.view(note, me);
    }

    /** The author's supervisor co-signs a note awaiting it, re-entering their password. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public NoteView cosign(long noteId, String password) {
        SessionNote note = guard.find(noteId);
        Staff me = guard.requireSupervisorOf(note, AuditAction.NOTE_COSIGN);
        if (note.getStatus() != NoteStatus.SIGNED_PENDING_COSIGN) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "This note is not awaiting co-signature.");
        }
        guard.requirePassword(me, password, note, AuditAction.NOTE_COSIGN);
        note.cosign(me.getUsername(), Instant.now());
        guard.flush();
        recordMilestones(note);
        guard.auditNote(note, AuditAction.NOTE_COSIGN, "co-signed");
        return viewer.view(note, me);
    }

    /** The supervisor returns the note to its author as a draft, saying what to change; the history keeps it. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public NoteView requestChanges(long noteId, String comment) {
        SessionNote note = guard.find(noteId);
        Staff me = guard.requireSupervisorOf(note, AuditAction.NOTE_REQUEST_CHANGES);
        if (note.getStatus() != NoteStatus.SIGNED_PENDING_COSIGN) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "This note is not awaiting co-signature.");
        }
        String text = comment == null ? "" : comment.strip();
        if (text.isEmpty() || text.length() > COMMENT_MAX) {
            throw new InvalidInputException("comment", "Say what should change (at most " + COMMENT_MAX
                    + " characters).");
        }
        note.requestChanges(me.getUsername(), Instant.now(), text);
        guard.flush();
        guard.auditNote(note, AuditAction.NOTE_REQUEST_CHANGES, "returned to its author");
        return viewer.view(note, me);
    }

    private void recordMilestones(SessionNote note) {
        if (note.getMilestones().isEmpty()) {
            return;
        }
        Appointment a = em.find(Appointment.class, note.getAppointmentId());
        LocalDate on = LocalDate.ofInstant(a.getStartsAt(), clinic.zone());
        for (NoteMilestone m : note.getMilestones()) {
            StepRecordInputs.MilestoneInput in = new StepRecordInputs.MilestoneInput();
            in.clientId = m.getClientId();
            in.achievedOn = on;
            in.description = m.getDescription();
            in.visibleToClient = note.getOwnerClientId() == null || isIndividualCase(note) ? null : Boolean.FALSE;
            milestones.create(note.getCaseId(), in);
        }
    }

    /** An individual session in a couple's case stays that partner's: its milestones are not shown to clients. */
    private boolean isIndividualCase(SessionNote note) {
        CareCase c = em.find(CareCase.class, note.getCaseId());
        return c.getMembers().size() == 1;
    }

    private CareCase caseOf(Appointment a, List<Long> clientIds) {
        if (a.getCaseId() != null) {
            return em.find(CareCase.class, a.getCaseId());
        }
        List<CareCase> open = em.createNamedQuery("CareCase.findOfClients", CareCase.class)
                .setParameter("clientIds", clientIds).getResultList().stream()
                .filter(c -> c.getStatus() == CaseStatus.OPEN && c.clientIds().containsAll(clientIds)).distinct()
                .toList();
        if (open.size() != 1) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, open.isEmpty()
                    ? "The clients of this session have no open case together; open one before writing the note."
                    : "The clients of this session share more than one open case; book the session for one.");
        }
        return open.get(0);
    }

    private static NoteFormat parseFormat(String text) {
        try {
            return NoteFormat.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("format", "The format is one of DAP, SOAP or BIRP.");
        }
    }
}

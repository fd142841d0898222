package org.tenfold.note;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.care.AccessRule;
import org.tenfold.care.CareCase;
import org.tenfold.care.CaseStatus;
import org.tenfold.care.ClinicalAccess;
import org.tenfold.care.Disclosure;
import org.tenfold.care.RefusalLog;
import org.tenfold.care.RiskFollowUp;
import org.tenfold.client.Client;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.clinic.SettingKey;
import org.tenfold.note.NoteInputs.AddendumInput;
import org.tenfold.note.NoteInputs.HomeworkInput;
import org.tenfold.note.NoteInputs.MilestoneInput;
import org.tenfold.note.NoteInputs.NoteDraft;
import org.tenfold.note.NoteInputs.NoteStart;
import org.tenfold.note.NoteInputs.StepInput;
import org.tenfold.note.NoteViews.AddendumView;
import org.tenfold.note.NoteViews.EventView;
import org.tenfold.note.NoteViews.HomeworkChoice;
import org.tenfold.note.NoteViews.HomeworkView;
import org.tenfold.note.NoteViews.MissingNote;
import org.tenfold.note.NoteViews.MySession;
import org.tenfold.note.NoteViews.NoteClient;
import org.tenfold.note.NoteViews.NoteSummary;
import org.tenfold.note.NoteViews.NoteView;
import org.tenfold.note.NoteViews.PrivateSectionView;
import org.tenfold.note.NoteViews.RatingPoint;
import org.tenfold.note.NoteViews.SectionView;
import org.tenfold.note.NoteViews.StepRating;
import org.tenfold.plan.FrameworkCatalogue;
import org.tenfold.plan.ObjectiveStatus;
import org.tenfold.plan.PlanObjective;
import org.tenfold.plan.StepView;
import org.tenfold.plan.records.MilestoneService;
import org.tenfold.plan.records.StepRecordInputs;
import org.tenfold.platform.BusinessException;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.platform.NotFoundException;
import org.tenfold.platform.StaleDataException;
import org.tenfold.scheduling.Appointment;
import org.tenfold.scheduling.AppointmentStatus;
import org.tenfold.staff.PasswordHasher;
import org.tenfold.staff.Role;
import org.tenfold.staff.Roles;
import org.tenfold.staff.Staff;

/**
 * Session notes. A note is written by the counsellor of its appointment, who alone edits the draft,
 * signs it (re-entering their password) and adds addenda. Reading follows the clinical rule: a joint
 * session's note is the case's (its counsellors, every member's own counsellor, their supervisors, a
 * break-the-glass grant); an individual session's note is its client's ({@link AccessRule#mayUseMember}),
 * so the other partner's own counsellor reads it only when its client chose to share. A counsellor who
 * has a supervisor needs the supervisor's co-signature. Every read and change is audited per client,
 * every refusal by {@link ClinicalAccess}; no message, audit row or exception carries the note's text.
 */
@Stateless
public class NoteService {

    public static final String SIGNED_MESSAGE = "This note is signed and cannot be changed; add an addendum.";
    private static final String ENTITY = "SessionNote";
    private static final int CONCERN_MAX = 5000;
    private static final int COMMENT_MAX = 2000;
    /** How far back "my sessions" reaches. */
    static final int RECENT_DAYS = 14;

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ClinicalAccess access;

    @Inject
    RefusalLog refusals;

    @Inject
    RiskFollowUp risk;

    @Inject
    FrameworkCatalogue framework;

    @Inject
    ClinicProfile clinic;

    @EJB
    MilestoneService milestones;

    @Inject
    NoteLinks links;

    private final PasswordHasher hasher = new PasswordHasher();

    /** Starts the note of a held appointment: its counsellor only, one note per appointment. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public NoteView create(long appointmentId, NoteStart start) {
        Appointment a = em.find(Appointment.class, appointmentId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw new NotFoundException("Appointment", appointmentId);
        }
        List<Long> clientIds = a.getClients().stream().map(Client::getId).sorted().toList();
        Staff me = access.staff();
        if (!clinical(me) || !Objects.equals(a.getCounsellor().getId(), me.getId())) {
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
        auditNote(note, AuditAction.NOTE_CREATE, last == null ? "started, " + format
                : "started from note " + last.getId() + ", " + format);
        return view(note, me);
    }

    /** One note, for those who may read it. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public NoteView get(long noteId) {
        SessionNote note = find(noteId);
        Staff me = requireRead(note, AuditAction.NOTE_VIEW);
        auditNote(note, AuditAction.NOTE_VIEW, "read");
        return view(note, me);
    }

    /**
     * One note as an output made for the case's clients may carry it (a member's record export): the
     * note must be one its subject may have (a joint session's, or their own), and its rows naming the
     * other partner's own records are withheld as {@link Disclosure} says, whoever makes the output.
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public NoteView forOutput(long noteId, Disclosure.Purpose purpose, Long subject) {
        SessionNote note = find(noteId);
        Staff me = requireRead(note, AuditAction.NOTE_VIEW);
        Disclosure disclosure = access.disclosure(em.find(CareCase.class, note.getCaseId()), purpose, subject);
        if (!disclosure.mayShow(note.getOwnerClientId())) {
            throw access.refuse(AuditAction.NOTE_VIEW, ENTITY, noteId, List.copyOf(note.getClientIds()));
        }
        auditNote(note, AuditAction.NOTE_VIEW, "read for " + purpose.name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' '));
        return view(note, me, links.of(note.getCaseId(), disclosure));
    }

    /** The note of an appointment; 404 when none is started. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public NoteView ofAppointment(long appointmentId) {
        Appointment a = em.find(Appointment.class, appointmentId);
        if (a == null) {
            throw new NotFoundException("Appointment", appointmentId);
        }
        Staff me = access.staff();
        if (!clinical(me)) {
            throw access.refuse(AuditAction.NOTE_VIEW, "Appointment", appointmentId,
                    a.getClients().stream().map(Client::getId).toList());
        }
        SessionNote note = em.createNamedQuery("SessionNote.findByAppointment", SessionNote.class)
                .setParameter("appointmentId", appointmentId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("The note of appointment", appointmentId));
        requireRead(note, AuditAction.NOTE_VIEW);
        auditNote(note, AuditAction.NOTE_VIEW, "read");
        return view(note, me);
    }

    /**
     * Saves the author's draft as it is now (the whole of it). A stale version refuses with 412 and
     * nothing is overwritten, unless what is sent is exactly what is stored (a repeated save), which
     * answers with the note as stored.
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public NoteView saveDraft(long noteId, Long expectedVersion, NoteDraft draft) {
        SessionNote note = find(noteId);
        Staff me = requireAuthor(note, AuditAction.NOTE_UPDATE);
        if (!note.isDraft()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, SIGNED_MESSAGE);
        }
        Content wanted = validate(note, draft == null ? new NoteDraft() : draft);
        if (expectedVersion != null && expectedVersion != note.getVersion()) {
            if (wanted.equals(content(note))) {
                return view(note, me);
            }
            throw new StaleDataException("This note");
        }
        if (wanted.equals(content(note))) {
            return view(note, me);
        }
        apply(note, wanted);
        flush();
        auditNote(note, AuditAction.NOTE_UPDATE, "draft saved");
        return view(note, me);
    }

    /**
     * The author signs, re-entering their password. From now on the note never changes. A supervised
     * author's note waits for co-signature; otherwise its milestones become milestone records now. A
     * new risk concern raises the client's RISK flag and follow-up tasks.
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public NoteView sign(long noteId, String password) {
        SessionNote note = find(noteId);
        Staff me = requireAuthor(note, AuditAction.NOTE_SIGN);
        if (!note.isDraft()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "This note is signed already.");
        }
        requirePassword(me, password, note, AuditAction.NOTE_SIGN);
        Map<String, String> errors = note.signProblems();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean needsCosign = supervised(note.getAuthorId());
        Instant now = Instant.now();
        note.sign(me.getUsername(), now, needsCosign);
        flush();
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
        auditNote(note, AuditAction.NOTE_SIGN, needsCosign ? "signed, awaiting co-signature" : "signed");
        return view(note, me);
    }

    /** A dated, signed correction beneath a signed note, by its author. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public NoteView addAddendum(long noteId, AddendumInput input) {
        SessionNote note = find(noteId);
        Staff me = requireAuthor(note, AuditAction.NOTE_ADDENDUM);
        if (note.getStatus() != NoteStatus.SIGNED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, note.isDraft()
                    ? "This note is a draft: change it directly; addenda are for signed notes."
                    : "This note awaits its co-signature; addenda can be added once it is co-signed.");
        }
        AddendumInput in = input == null ? new AddendumInput() : input;
        requirePassword(me, in.password, note, AuditAction.NOTE_ADDENDUM);
        String text = in.text == null ? "" : in.text.strip();
        if (text.isEmpty() || text.length() > NoteAddendum.TEXT_MAX) {
            throw new InvalidInputException("text", "Write the addendum (at most " + NoteAddendum.TEXT_MAX
                    + " characters).");
        }
        NoteAddendum added = note.addAddendum(text, me.getUsername(), Instant.now());
        em.persist(added);
        flush();
        auditNote(note, AuditAction.NOTE_ADDENDUM, "addendum " + added.getId() + " signed");
        return view(note, me);
    }

    /** The author's supervisor co-signs a note awaiting it, re-entering their password. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public NoteView cosign(long noteId, String password) {
        SessionNote note = find(noteId);
        Staff me = requireSupervisorOf(note, AuditAction.NOTE_COSIGN);
        if (note.getStatus() != NoteStatus.SIGNED_PENDING_COSIGN) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "This note is not awaiting co-signature.");
        }
        requirePassword(me, password, note, AuditAction.NOTE_COSIGN);
        note.cosign(me.getUsername(), Instant.now());
        flush();
        recordMilestones(note);
        auditNote(note, AuditAction.NOTE_COSIGN, "co-signed");
        return view(note, me);
    }

    /** The supervisor returns the note to its author as a draft, saying what to change; the history keeps it. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public NoteView requestChanges(long noteId, String comment) {
        SessionNote note = find(noteId);
        Staff me = requireSupervisorOf(note, AuditAction.NOTE_REQUEST_CHANGES);
        if (note.getStatus() != NoteStatus.SIGNED_PENDING_COSIGN) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "This note is not awaiting co-signature.");
        }
        String text = comment == null ? "" : comment.strip();
        if (text.isEmpty() || text.length() > COMMENT_MAX) {
            throw new InvalidInputException("comment", "Say what should change (at most " + COMMENT_MAX
                    + " characters).");
        }
        note.requestChanges(me.getUsername(), Instant.now(), text);
        flush();
        auditNote(note, AuditAction.NOTE_REQUEST_CHANGES, "returned to its author");
        return view(note, me);
    }

    /** The notes filed into a client's chart that the caller may read, newest first. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<NoteSummary> ofClient(long clientId) {
        AccessRule.Caller caller = access.requireClient(clientId, AuditAction.NOTE_VIEW, "Client", clientId);
        List<SessionNote> notes = em.createNamedQuery("SessionNote.findOfClient", SessionNote.class)
                .setParameter("clientId", clientId).getResultList().stream()
                .filter(n -> readable(n, caller)).toList();
        audit.record(AuditAction.NOTE_VIEW, AuditOutcome.SUCCESS, "Client", clientId, clientId,
                notes.size() + " note(s) listed");
        return summaries(notes);
    }

    /** Notes of the counsellors the caller supervises that await the caller's co-signature. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<NoteSummary> cosignQueue() {
        Staff me = access.staff();
        if (!clinical(me)) {
            throw access.refuse(AuditAction.NOTE_VIEW, ENTITY, "cosign-queue", List.of());
        }
        Set<Long> supervisees = supervisees(me.getId());
        List<SessionNote> notes = supervisees.isEmpty() ? List.of() : em.createNamedQuery(
                "SessionNote.findPendingOfAuthors", SessionNote.class).setParameter("authorIds", supervisees)
                .getResultList();
        audit.record(AuditAction.NOTE_VIEW, AuditOutcome.SUCCESS, ENTITY, "cosign-queue", null,
                notes.size() + " note(s) awaiting co-signature");
        return summaries(notes);
    }

    /**
     * Held sessions (checked in or completed, ended more than the clinic's allowance of hours ago)
     * without a signed note: the caller's own, and those of the counsellors they supervise.
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<MissingNote> missing() {
        Staff me = access.staff();
        if (!clinical(me)) {
            throw access.refuse(AuditAction.NOTE_VIEW, ENTITY, "missing", List.of());
        }
        Set<Long> counsellors = new HashSet<>(supervisees(me.getId()));
        counsellors.add(me.getId());
        Instant now = Instant.now();
        Instant cutoff = now.minus(Duration.ofHours(missingAfterHours()));
        List<Appointment> held = em.createQuery("SELECT DISTINCT a FROM Appointment a LEFT JOIN FETCH a.clients"
                + " WHERE a.counsellor.id IN :ids AND a.status IN :held AND a.endsAt <= :cutoff AND NOT EXISTS"
                + " (SELECT n FROM SessionNote n WHERE n.appointmentId = a.id"
                + " AND n.status <> org.tenfold.note.NoteStatus.DRAFT) ORDER BY a.startsAt", Appointment.class)
                .setParameter("ids", counsellors).setParameter("held", List.of(AppointmentStatus.CHECKED_IN,
                        AppointmentStatus.COMPLETED)).setParameter("cutoff", cutoff).getResultList();
        Map<Long, SessionNote> drafts = notesOf(held.stream().map(Appointment::getId).toList());
        List<MissingNote> out = new ArrayList<>();
        for (Appointment a : held) {
            SessionNote n = drafts.get(a.getId());
            out.add(new MissingNote(a.getId(), a.getStartsAt(), a.getEndsAt(), a.getCounsellor().getId(),
                    a.getCounsellor().getDisplayName(), names(a), n == null ? null : n.getId(),
                    n == null ? null : n.getStatus(), Duration.between(a.getEndsAt(), now).toHours()));
        }
        audit.record(AuditAction.NOTE_VIEW, AuditOutcome.SUCCESS, ENTITY, "missing", null,
                out.size() + " missing note(s) listed");
        return out;
    }

    /**
     * Each step's ratings over time in the case's signed notes that the caller may read (a partner's
     * individual sessions follow their sharing choice), oldest first: what a plan's progress charts
     * show. Only ratings are read, never text; the read is audited once per member of the case.
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public Map<String, List<RatingPoint>> stepProgress(long caseId) {
        CareCase c = em.find(CareCase.class, caseId);
        if (c == null) {
            throw new NotFoundException("Case", caseId);
        }
        AccessRule.Caller caller = access.requireCase(c, AuditAction.NOTE_VIEW);
        List<Object[]> rows = em.createQuery("SELECT n, s.stepCode, s.rating, a.startsAt FROM SessionNote n"
                + " JOIN n.steps s, Appointment a WHERE a.id = n.appointmentId AND n.caseId = :caseId"
                + " AND n.status = :signed AND s.rating IS NOT NULL ORDER BY a.startsAt, s.position", Object[].class)
                .setParameter("caseId", caseId).setParameter("signed", NoteStatus.SIGNED).getResultList();
        // the case's facts once, not per note: the rule of readable(note, caller) for this one case
        boolean wholeCase = access.mayUseCase(caller, c);
        Disclosure disclosure = access.disclosure(caller, c);
        Map<Long, Boolean> readable = new HashMap<>();
        Map<String, List<RatingPoint>> out = new LinkedHashMap<>();
        for (Object[] r : rows) {
            SessionNote n = (SessionNote) r[0];
            if (readable.computeIfAbsent(n.getId(), id -> n.getAuthorId() == caller.staffId()
                    || (n.getOwnerClientId() == null ? wholeCase : disclosure.mayShow(n.getOwnerClientId())))) {
                out.computeIfAbsent((String) r[1], k -> new ArrayList<>()).add(new RatingPoint(
                        LocalDate.ofInstant((Instant) r[3], clinic.zone()), (Integer) r[2], n.getOwnerClientId()));
            }
        }
        for (Long clientId : c.clientIds()) {
            audit.record(AuditAction.NOTE_VIEW, AuditOutcome.SUCCESS, "CareCase", caseId, clientId,
                    "step ratings of " + readable.values().stream().filter(b -> b).count() + " signed note(s) read");
        }
        return out;
    }

    /** The caller's held sessions of the last two weeks and today, with their notes' state, newest first. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<MySession> mySessions() {
        Staff me = access.staff();
        if (!clinical(me)) {
            throw access.refuse(AuditAction.NOTE_VIEW, ENTITY, "my-sessions", List.of());
        }
        LocalDate today = LocalDate.now(clinic.zone());
        Instant from = today.minusDays(RECENT_DAYS).atStartOfDay(clinic.zone()).toInstant();
        Instant to = today.plusDays(1).atStartOfDay(clinic.zone()).toInstant();
        List<Appointment> held = em.createQuery("SELECT DISTINCT a FROM Appointment a LEFT JOIN FETCH a.clients"
                + " WHERE a.counsellor.id = :me AND a.status IN :held AND a.startsAt >= :from AND a.startsAt < :to"
                + " ORDER BY a.startsAt DESC", Appointment.class).setParameter("me", me.getId())
                .setParameter("held", List.of(AppointmentStatus.CHECKED_IN, AppointmentStatus.COMPLETED))
                .setParameter("from", from).setParameter("to", to).getResultList();
        Map<Long, SessionNote> notes = notesOf(held.stream().map(Appointment::getId).toList());
        return held.stream().map(a -> {
            SessionNote n = notes.get(a.getId());
            return new MySession(a.getId(), a.getStartsAt(), a.getEndsAt(), a.getType().name(), names(a),
                    n == null ? null : n.getId(), n == null ? null : n.getStatus());
        }).toList();
    }

    /**
     * The homework the author may link in a draft: the note's clients' active self-care activities and
     * open education assignments (a partner's own ones follow their sharing choice). Audited per client.
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<HomeworkChoice> homeworkChoices(long noteId) {
        SessionNote note = find(noteId);
        requireAuthor(note, AuditAction.STEP_RECORDS_VIEW);
        List<Long> clientIds = note.getOwnerClientId() != null ? List.of(note.getOwnerClientId())
                : List.copyOf(note.getClientIds());
        List<HomeworkChoice> choices = links.of(note.getCaseId()).choices(clientIds);
        for (Long clientId : clientIds) {
            audit.record(AuditAction.STEP_RECORDS_VIEW, AuditOutcome.SUCCESS, "CareCase", note.getCaseId(), clientId,
                    "homework choices for note " + noteId + " read");
        }
        return choices;
    }

    /** The author's private process section (empty when none is written); the author only. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public PrivateSectionView privateSection(long noteId) {
        SessionNote note = find(noteId);
        requireAuthor(note, AuditAction.NOTE_PRIVATE_VIEW);
        PrivateSection p = em.find(PrivateSection.class, noteId);
        auditNote(note, AuditAction.NOTE_PRIVATE_VIEW, "private section read");
        return p == null ? new PrivateSectionView(noteId, "", null, 0)
                : new PrivateSectionView(noteId, p.getText(), p.getUpdatedAt(), p.getVersion());
    }

    /** Writes the author's private process section; kept apart from the note, so signing does not freeze it. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public PrivateSectionView savePrivateSection(long noteId, Long expectedVersion, String text) {
        SessionNote note = find(noteId);
        Staff me = requireAuthor(note, AuditAction.NOTE_PRIVATE_UPDATE);
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
        flush();
        auditNote(note, AuditAction.NOTE_PRIVATE_UPDATE, "private section saved");
        return new PrivateSectionView(noteId, p.getText(), p.getUpdatedAt(), p.getVersion());
    }

    // ---------------------------------------------------------------------------------------------

    /** A draft's content as the service compares and stores it. */
    record Content(NoteFormat format, List<String> sections, RiskUpdate riskUpdate, String riskConcern,
            Long riskClientId, String homeworkText, List<StepRow> steps, List<HomeworkRow> homework,
            List<MilestoneRow> milestones) {
    }

    record StepRow(String stepCode, Integer rating, String comment, Long goalId, Long objectiveId,
            ObjectiveStatus objectiveStatus) {
    }

    record HomeworkRow(HomeworkKind kind, Long refId, String detail) {
    }

    record MilestoneRow(Long clientId, String description) {
    }

    static Content content(SessionNote n) {
        return new Content(n.getFormat(), List.copyOf(nulls(n.sections())), n.getRiskUpdate(), n.getRiskConcern(),
                n.getRiskClientId(), n.getHomeworkText(),
                n.getSteps().stream().map(s -> new StepRow(s.getStepCode(), s.getRating(), s.getComment(),
                        s.getGoalId(), s.getObjectiveId(), s.getObjectiveStatus())).toList(),
                n.getHomework().stream().map(h -> new HomeworkRow(h.getKind(), h.getRefId(), h.getDetail())).toList(),
                n.getMilestones().stream().map(m -> new MilestoneRow(m.getClientId(), m.getDescription())).toList());
    }

    /** List.copyOf refuses nulls; sections may be empty, kept as "". */
    private static List<String> nulls(List<String> texts) {
        return texts.stream().map(t -> t == null ? "" : t).toList();
    }

    static void apply(SessionNote note, Content c) {
        note.write(c.format(), c.sections().stream().map(t -> t.isEmpty() ? null : t).toList(), c.riskUpdate(),
                c.riskConcern(), c.riskClientId(), c.homeworkText(), Instant.now());
        note.replaceSteps(c.steps().stream().map(s -> new NoteStep(s.stepCode(), s.rating(), s.comment(),
                s.goalId(), s.objectiveId(), s.objectiveStatus())).toList());
        note.replaceHomework(c.homework().stream().map(h -> new NoteHomework(h.kind(), h.refId(), h.detail()))
                .toList());
        note.replaceMilestones(c.milestones().stream().map(m -> new NoteMilestone(m.clientId(), m.description()))
                .toList());
    }

    private Content validate(SessionNote note, NoteDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        NoteLinks.Names names = links.of(note.getCaseId());
        NoteFormat format = note.getFormat();
        if (d.format != null && !d.format.isBlank()) {
            try {
                format = NoteFormat.valueOf(d.format.strip());
            } catch (IllegalArgumentException e) {
                errors.put("format", "The format is one of DAP, SOAP or BIRP.");
            }
        }
        List<String> sections = new ArrayList<>();
        format.sections().forEach(s -> sections.add(""));
        if (d.sections != null) {
            for (Map.Entry<String, String> e : d.sections.entrySet()) {
                int i = format.indexOf(e.getKey());
                if (i < 0) {
                    errors.put("sections", "A " + format + " note has the sections " + format.sections().stream()
                            .map(NoteFormat.Section::code).collect(Collectors.joining(", ")) + ".");
                } else if (e.getValue() != null && e.getValue().length() > SessionNote.SECTION_MAX) {
                    errors.put("sections." + e.getKey(), "A section holds at most " + SessionNote.SECTION_MAX
                            + " characters.");
                } else {
                    sections.set(i, e.getValue() == null || e.getValue().isBlank() ? "" : e.getValue());
                }
            }
        }
        List<StepRow> steps = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<StepInput> stepInputs = d.steps == null ? List.of() : d.steps;
        for (int i = 0; i < stepInputs.size(); i++) {
            StepInput s = stepInputs.get(i);
            String f = "steps[" + i + "]";
            if (s == null || s.stepCode == null || framework.step(s.stepCode.strip()).isEmpty()) {
                errors.put(f + ".stepCode", "Choose one of the ten steps.");
                continue;
            }
            String code = s.stepCode.strip();
            if (!codes.add(code)) {
                errors.put(f + ".stepCode", "Step " + code + " is listed twice.");
            }
            if (s.rating != null && (s.rating < 0 || s.rating > 10)) {
                errors.put(f + ".rating", "A rating is from 0 to 10.");
            }
            String comment = blankToNull(s.comment);
            if (comment != null && comment.length() > NoteStep.COMMENT_MAX) {
                errors.put(f + ".comment", "A step's comment holds at most " + NoteStep.COMMENT_MAX + " characters.");
            }
            if (s.goalId != null && names.goal(s.goalId) == null) {
                errors.put(f + ".goalId", "That goal is not in this case's plan.");
            }
            ObjectiveStatus objectiveStatus = null;
            if (s.objectiveId != null) {
                PlanObjective o = names.objective(s.objectiveId);
                if (o == null || (s.goalId != null && !Objects.equals(o.getGoal().getId(), s.goalId))) {
                    errors.put(f + ".objectiveId", "That objective is not in this case's plan (or not of the goal).");
                }
            }
            if (s.objectiveStatus != null && !s.objectiveStatus.isBlank()) {
                try {
                    objectiveStatus = ObjectiveStatus.valueOf(s.objectiveStatus.strip());
                } catch (IllegalArgumentException e) {
                    errors.put(f + ".objectiveStatus", "The objective's status is one of NOT_STARTED, IN_PROGRESS, "
                            + "ACHIEVED or NOT_ACHIEVED.");
                }
                if (s.objectiveId == null) {
                    errors.put(f + ".objectiveStatus", "Link the objective whose status you record.");
                }
            }
            steps.add(new StepRow(code, s.rating, comment, s.goalId, s.objectiveId, objectiveStatus));
        }
        RiskUpdate riskUpdate = null;
        if (d.riskUpdate != null && !d.riskUpdate.isBlank()) {
            try {
                riskUpdate = RiskUpdate.valueOf(d.riskUpdate.strip());
            } catch (IllegalArgumentException e) {
                errors.put("riskUpdate", "The risk update is NO_CHANGE or NEW_CONCERN.");
            }
        }
        String concern = null;
        Long riskClient = null;
        if (riskUpdate == RiskUpdate.NEW_CONCERN) {
            concern = blankToNull(d.riskConcern);
            if (concern == null || concern.length() > CONCERN_MAX) {
                errors.put("riskConcern", "Describe the new concern (at most " + CONCERN_MAX + " characters).");
            }
            riskClient = d.riskClientId;
            if (riskClient != null && !note.getClientIds().contains(riskClient)) {
                errors.put("riskClientId", "The concern is about a client of this session.");
            }
        }
        List<HomeworkRow> homework = new ArrayList<>();
        List<HomeworkInput> hw = d.homework == null ? List.of() : d.homework;
        for (int i = 0; i < hw.size(); i++) {
            HomeworkInput h = hw.get(i);
            String f = "homework[" + i + "]";
            HomeworkKind kind = null;
            try {
                kind = h == null || h.kind == null ? null : HomeworkKind.valueOf(h.kind.strip());
            } catch (IllegalArgumentException e) {
                kind = null;
            }
            if (kind == null) {
                errors.put(f + ".kind", "Homework is SELF_CARE, EDUCATION or TEXT.");
                continue;
            }
            String detail = blankToNull(h.detail);
            if (detail != null && detail.length() > NoteHomework.DETAIL_MAX) {
                errors.put(f + ".detail", "At most " + NoteHomework.DETAIL_MAX + " characters.");
            }
            if (kind == HomeworkKind.TEXT && detail == null) {
                errors.put(f + ".detail", "Describe the homework.");
            }
            if (kind != HomeworkKind.TEXT && names.homework(kind, h.refId) == null) {
                errors.put(f + ".refId", kind == HomeworkKind.SELF_CARE ? "Choose a self-care activity of this case."
                        : "Choose an education assignment of this case.");
            }
            homework.add(new HomeworkRow(kind, kind == HomeworkKind.TEXT ? null : h.refId, detail));
        }
        String homeworkText = blankToNull(d.homeworkText);
        if (homeworkText != null && homeworkText.length() > SessionNote.SECTION_MAX) {
            errors.put("homeworkText", "At most " + SessionNote.SECTION_MAX + " characters.");
        }
        List<MilestoneRow> ms = new ArrayList<>();
        List<MilestoneInput> mi = d.milestones == null ? List.of() : d.milestones;
        for (int i = 0; i < mi.size(); i++) {
            MilestoneInput m = mi.get(i);
            String f = "milestones[" + i + "]";
            String description = m == null ? null : blankToNull(m.description);
            if (description == null || description.length() > NoteMilestone.DESCRIPTION_MAX) {
                errors.put(f + ".description", "Describe the milestone (at most " + NoteMilestone.DESCRIPTION_MAX
                        + " characters).");
                continue;
            }
            Long whose = note.getOwnerClientId() != null ? note.getOwnerClientId() : m.clientId;
            if (whose != null && !note.getClientIds().contains(whose)) {
                errors.put(f + ".clientId", "The milestone is a client's of this session, or the couple's.");
            }
            ms.add(new MilestoneRow(whose, description));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Content(format, List.copyOf(sections), riskUpdate, concern, riskClient, homeworkText,
                List.copyOf(steps), List.copyOf(homework), List.copyOf(ms));
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

    private SessionNote find(long noteId) {
        SessionNote note = em.find(SessionNote.class, noteId);
        if (note == null) {
            throw new NotFoundException("Note", noteId);
        }
        return note;
    }

    private boolean readable(SessionNote note, AccessRule.Caller caller) {
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

    private Staff requireRead(SessionNote note, AuditAction action) {
        AccessRule.Caller caller = access.caller();
        if (!readable(note, caller)) {
            throw access.refuse(action, ENTITY, note.getId(), List.copyOf(note.getClientIds()));
        }
        return access.staff();
    }

    private Staff requireAuthor(SessionNote note, AuditAction action) {
        Staff me = access.staff();
        if (!clinical(me) || note.getAuthorId() != me.getId()) {
            throw access.refuse(action, ENTITY, note.getId(), List.copyOf(note.getClientIds()));
        }
        return me;
    }

    private Staff requireSupervisorOf(SessionNote note, AuditAction action) {
        Staff me = access.staff();
        if (!me.hasRole(Role.SUPERVISOR) || !supervisees(me.getId()).contains(note.getAuthorId())) {
            throw access.refuse(action, ENTITY, note.getId(), List.copyOf(note.getClientIds()));
        }
        return me;
    }

    private void requirePassword(Staff me, String password, SessionNote note, AuditAction action) {
        if (password == null || password.isEmpty() || !hasher.verify(password.toCharArray(), me.getPasswordHash())) {
            refusals.refused(action, ENTITY, note.getId(), List.copyOf(note.getClientIds()),
                    "refused: the password re-entered was not correct");
            throw new InvalidInputException("password", "The password is not correct; nothing was signed.");
        }
    }

    private static boolean clinical(Staff s) {
        return s.hasRole(Role.COUNSELLOR) || s.hasRole(Role.SUPERVISOR);
    }

    private boolean supervised(long counsellorId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM supervision WHERE counsellor_id = ?1")
                .setParameter(1, counsellorId).getSingleResult()).longValue() > 0;
    }

    private Set<Long> supervisees(long supervisorId) {
        List<?> rows = em.createNativeQuery("SELECT counsellor_id FROM supervision WHERE supervisor_id = ?1")
                .setParameter(1, supervisorId).getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).collect(Collectors.toSet());
    }

    /** The clinic's allowance of hours after a session before its note counts as missing. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public long missingAfterHours() {
        try {
            long h = Long.parseLong(clinic.all().get(SettingKey.NOTE_MISSING_AFTER_HOURS).strip());
            return h < 0 ? 48 : h;
        } catch (RuntimeException e) {
            return Long.parseLong(SettingKey.NOTE_MISSING_AFTER_HOURS.defaultValue());
        }
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

    private Map<Long, SessionNote> notesOf(List<Long> appointmentIds) {
        if (appointmentIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT n FROM SessionNote n WHERE n.appointmentId IN :ids", SessionNote.class)
                .setParameter("ids", appointmentIds).getResultList().stream()
                .collect(Collectors.toMap(SessionNote::getAppointmentId, n -> n));
    }

    private static List<String> names(Appointment a) {
        return a.getClients().stream().map(c -> c.getDisplayName() + " (" + c.getChartNumber() + ")").sorted()
                .toList();
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleDataException("This note");
        }
    }

    private void auditNote(SessionNote note, AuditAction action, String detail) {
        for (Long clientId : note.getClientIds()) {
            audit.record(action, AuditOutcome.SUCCESS, ENTITY, note.getId(), clientId, detail);
        }
    }

    private static NoteFormat parseFormat(String text) {
        try {
            return NoteFormat.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("format", "The format is one of DAP, SOAP or BIRP.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private List<NoteSummary> summaries(List<SessionNote> notes) {
        Map<Long, Appointment> appts = new java.util.HashMap<>();
        if (!notes.isEmpty()) {
            em.createQuery("SELECT a FROM Appointment a WHERE a.id IN :ids", Appointment.class)
                    .setParameter("ids", notes.stream().map(SessionNote::getAppointmentId).toList()).getResultList()
                    .forEach(a -> appts.put(a.getId(), a));
        }
        Map<Long, String> authors = new java.util.HashMap<>();
        return notes.stream().map(n -> new NoteSummary(n.getId(), n.getAppointmentId(), n.getCaseId(),
                n.getOwnerClientId(), n.getClientIds().stream().sorted().toList(),
                authors.computeIfAbsent(n.getAuthorId(), id -> em.find(Staff.class, id).getDisplayName()),
                n.getFormat(), n.getStatus(), appts.get(n.getAppointmentId()).getStartsAt(), n.getSignedAt(),
                n.getAddenda().size())).toList();
    }

    private NoteView view(SessionNote n, Staff me) {
        return view(n, me, links.of(n.getCaseId()));
    }

    /**
     * The note as {@code names} lets its rows through: a row naming a member's own goal, objective or
     * homework the reader may not see keeps its step and rating but loses its comment, status and detail;
     * a member's milestone and risk concern are withheld the same way.
     */
    private NoteView view(SessionNote n, Staff me, NoteLinks.Names names) {
        Appointment a = em.find(Appointment.class, n.getAppointmentId());
        List<NoteClient> clients = n.getClientIds().stream().sorted().map(id -> {
            Client c = em.find(Client.class, id);
            return new NoteClient(id, c.getChartNumber(), c.getDisplayName());
        }).toList();
        List<NoteFormat.Section> defs = n.getFormat().sections();
        List<String> texts = n.sections();
        List<SectionView> sections = new ArrayList<>();
        for (int i = 0; i < defs.size(); i++) {
            sections.add(new SectionView(defs.get(i).code(), defs.get(i).label(), defs.get(i).prompt(),
                    texts.get(i) == null ? "" : texts.get(i)));
        }
        List<StepRating> steps = n.getSteps().stream().map(s -> {
            StepView sv = framework.step(s.getStepCode()).orElse(null);
            boolean withheld = names.withheldGoal(s.getGoalId(), s.getObjectiveId());
            return new StepRating(s.getStepCode(), sv == null ? 0 : sv.number(), sv == null ? s.getStepCode()
                    : sv.title(), s.getRating(), withheld ? null : s.getComment(), s.getGoalId(),
                    names.goalLabel(s.getGoalId()), s.getObjectiveId(), names.objectiveLabel(s.getObjectiveId()),
                    withheld ? null : s.getObjectiveStatus());
        }).toList();
        boolean riskShown = names.mayUse(n.getRiskClientId());
        Staff author = em.find(Staff.class, n.getAuthorId());
        return new NoteView(n.getId(), n.getAppointmentId(), n.getCaseId(), n.getOwnerClientId(), clients,
                n.getAuthorId(), author.getDisplayName(), me != null && me.getId() == n.getAuthorId(), n.getFormat(),
                n.getStatus(), a.getStartsAt(), a.getEndsAt(), sections, steps, n.getRiskUpdate(),
                riskShown || n.getRiskConcern() == null ? n.getRiskConcern() : NoteLinks.WITHHELD, n.getRiskClientId(),
                n.getHomework().stream().map(h -> new HomeworkView(h.getKind(), h.getRefId(),
                        names.homeworkLabel(h.getKind(), h.getRefId()),
                        names.withheldHomework(h.getKind(), h.getRefId()) ? null : h.getDetail())).toList(),
                n.getHomeworkText() == null ? "" : n.getHomeworkText(),
                n.getMilestones().stream().map(m -> new NoteViews.MilestoneView(m.getClientId(),
                        names.member(m.getClientId()), names.mayUse(m.getClientId()) ? m.getDescription()
                                : NoteLinks.WITHHELD)).toList(),
                n.getChangeRequest(), n.getSignedBy(), n.getSignedAt(), n.getCosignedBy(),
                n.getCosignedAt(), n.getAddenda().stream().map(ad -> new AddendumView(ad.getId(), ad.getText(),
                        ad.getSignedBy(), ad.getSignedAt())).toList(),
                n.getEvents().stream().map(e -> new EventView(e.getKind(), e.getActor(), e.getAt(), e.getComment()))
                        .toList(), n.getUpdatedAt(), n.getVersion());
    }
}

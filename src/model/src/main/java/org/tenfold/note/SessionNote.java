package org.tenfold.note;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tenfold.privacy.MemberRecord;

/**
 * The note of one held appointment. Content changes only while it is a {@link NoteStatus#DRAFT}; the
 * behaviour methods refuse otherwise (and the database's triggers refuse again). {@code ownerClientId}
 * names the one client a note belongs to (an individual session); null means every client in
 * {@code clientIds} (a joint session), into whose charts the note is filed.
 */
@MemberRecord(owner = "ownerClientId for an individual session; none is a joint session's, whose rows naming a member's own goal, homework, milestone or risk belong to that member")
@Entity
@Table(name = "session_note")
@NamedQuery(name = "SessionNote.findByAppointment",
        query = "SELECT n FROM SessionNote n WHERE n.appointmentId = :appointmentId")
@NamedQuery(name = "SessionNote.findOfClient", query = "SELECT DISTINCT n FROM SessionNote n JOIN n.clientIds c"
        + " WHERE c = :clientId ORDER BY n.createdAt DESC")
@NamedQuery(name = "SessionNote.findLastOfAuthorOnCase", query = "SELECT n FROM SessionNote n WHERE"
        + " n.authorId = :authorId AND n.caseId = :caseId ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(name = "SessionNote.findPendingOfAuthors", query = "SELECT n FROM SessionNote n WHERE"
        + " n.authorId IN :authorIds AND n.status = org.tenfold.note.NoteStatus.SIGNED_PENDING_COSIGN"
        + " ORDER BY n.signedAt")
public class SessionNote {

    public static final int SECTION_MAX = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "appointment_id", nullable = false, updatable = false)
    private long appointmentId;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "owner_client_id", updatable = false)
    private Long ownerClientId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "note_format", nullable = false, length = 10)
    private NoteFormat format;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NoteStatus status;

    @Column(name = "section_1")
    private String section1;
    @Column(name = "section_2")
    private String section2;
    @Column(name = "section_3")
    private String section3;
    @Column(name = "section_4")
    private String section4;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_update", length = 20)
    private RiskUpdate riskUpdate;

    @Column(name = "risk_concern")
    private String riskConcern;

    @Column(name = "risk_client_id")
    private Long riskClientId;

    @Column(name = "homework_text")
    private String homeworkText;

    @Column(name = "change_request")
    private String changeRequest;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "signed_by", length = 64)
    private String signedBy;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "cosigned_by", length = 64)
    private String cosignedBy;

    @Column(name = "cosigned_at")
    private Instant cosignedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "session_note_client", joinColumns = @JoinColumn(name = "note_id"))
    @Column(name = "client_id")
    private Set<Long> clientIds = new LinkedHashSet<>();

    @OneToMany(mappedBy = "note", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<NoteStep> steps = new ArrayList<>();

    @OneToMany(mappedBy = "note", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<NoteHomework> homework = new ArrayList<>();

    @OneToMany(mappedBy = "note", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<NoteMilestone> milestones = new ArrayList<>();

    @OneToMany(mappedBy = "note", cascade = CascadeType.PERSIST)
    @OrderBy("signedAt")
    private List<NoteAddendum> addenda = new ArrayList<>();

    @OneToMany(mappedBy = "note", cascade = CascadeType.PERSIST)
    @OrderBy("at")
    private List<NoteEvent> events = new ArrayList<>();

    @Version
    private long version;

    protected SessionNote() {
    }

    public SessionNote(long appointmentId, long caseId, Long ownerClientId, Set<Long> clientIds, long authorId,
            NoteFormat format, Instant now) {
        if (clientIds == null || clientIds.isEmpty()) {
            throw new IllegalArgumentException("A note is filed into at least one client's chart");
        }
        if (ownerClientId != null && !clientIds.contains(ownerClientId)) {
            throw new IllegalArgumentException("The note's client must be one of its clients");
        }
        this.appointmentId = appointmentId;
        this.caseId = caseId;
        this.ownerClientId = ownerClientId;
        this.clientIds = new LinkedHashSet<>(clientIds);
        this.authorId = authorId;
        this.format = Objects.requireNonNull(format);
        this.status = NoteStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    private void requireDraft() {
        if (status != NoteStatus.DRAFT) {
            throw new IllegalStateException("A signed note cannot be changed");
        }
    }

    /** Replaces the draft's text; sections by position in the format. */
    public void write(NoteFormat newFormat, List<String> sections, RiskUpdate risk, String concern, Long riskClient,
            String homeworkFreeText, Instant now) {
        requireDraft();
        this.format = Objects.requireNonNull(newFormat);
        List<String> s = new ArrayList<>(sections);
        while (s.size() < NoteFormat.MAX_SECTIONS) {
            s.add(null);
        }
        this.section1 = s.get(0);
        this.section2 = s.get(1);
        this.section3 = s.get(2);
        this.section4 = s.get(3);
        this.riskUpdate = risk;
        this.riskConcern = risk == RiskUpdate.NEW_CONCERN ? concern : null;
        this.riskClientId = risk == RiskUpdate.NEW_CONCERN ? riskClient : null;
        this.homeworkText = homeworkFreeText;
        this.updatedAt = now;
    }

    public void replaceSteps(List<NoteStep> newSteps) {
        requireDraft();
        steps.clear();
        for (NoteStep step : newSteps) {
            step.attach(this, steps.size());
            steps.add(step);
        }
    }

    public void replaceHomework(List<NoteHomework> newHomework) {
        requireDraft();
        homework.clear();
        for (NoteHomework h : newHomework) {
            h.attach(this, homework.size());
            homework.add(h);
        }
    }

    public void replaceMilestones(List<NoteMilestone> newMilestones) {
        requireDraft();
        milestones.clear();
        for (NoteMilestone m : newMilestones) {
            m.attach(this, milestones.size());
            milestones.add(m);
        }
    }

    /**
     * What stands between this draft and its signature, by field (a section's code, a step's rating, the risk
     * update): every section of its format written, every step rated, the risk update recorded. Empty when it
     * may be signed.
     */
    public java.util.Map<String, String> signProblems() {
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
        List<NoteFormat.Section> formatSections = format.sections();
        List<String> texts = sections();
        for (int i = 0; i < formatSections.size(); i++) {
            if (texts.get(i) == null || texts.get(i).isBlank()) {
                problems.put("sections." + formatSections.get(i).code(), formatSections.get(i).label()
                        + " is empty; write it before signing.");
            }
        }
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).getRating() == null) {
                problems.put("steps[" + i + "].rating", "Rate step " + steps.get(i).getStepCode()
                        + " from 0 to 10 before signing.");
            }
        }
        if (riskUpdate == null) {
            problems.put("riskUpdate", "Record the risk update (no change, or a new concern) before signing.");
        }
        return problems;
    }

    /**
     * The author signs: SIGNED, or SIGNED_PENDING_COSIGN when a supervisor must co-sign. A draft with
     * {@link #signProblems() problems} is refused (IllegalStateException).
     */
    public void sign(String by, Instant at, boolean needsCosign) {
        requireDraft();
        if (!signProblems().isEmpty()) {
            throw new IllegalStateException("This note is not ready to sign: " + signProblems().values());
        }
        this.status = needsCosign ? NoteStatus.SIGNED_PENDING_COSIGN : NoteStatus.SIGNED;
        this.signedBy = by;
        this.signedAt = at;
        this.changeRequest = null;
        this.updatedAt = at;
        events.add(new NoteEvent(this, needsCosign ? NoteEventKind.SIGNED_PENDING_COSIGN : NoteEventKind.SIGNED, by,
                at, null));
    }

    public void cosign(String by, Instant at) {
        if (status != NoteStatus.SIGNED_PENDING_COSIGN) {
            throw new IllegalStateException("Only a note awaiting co-signature can be co-signed");
        }
        this.status = NoteStatus.SIGNED;
        this.cosignedBy = by;
        this.cosignedAt = at;
        events.add(new NoteEvent(this, NoteEventKind.COSIGNED, by, at, null));
    }

    /** The supervisor sends the note back to its author as a draft, with what to change. */
    public void requestChanges(String by, Instant at, String comment) {
        if (status != NoteStatus.SIGNED_PENDING_COSIGN) {
            throw new IllegalStateException("Only a note awaiting co-signature can be returned");
        }
        this.status = NoteStatus.DRAFT;
        this.signedBy = null;
        this.signedAt = null;
        this.changeRequest = comment;
        this.updatedAt = at;
        events.add(new NoteEvent(this, NoteEventKind.CHANGES_REQUESTED, by, at, comment));
    }

    public NoteAddendum addAddendum(String text, String by, Instant at) {
        if (status != NoteStatus.SIGNED) {
            throw new IllegalStateException("Addenda are added to signed notes only");
        }
        NoteAddendum a = new NoteAddendum(this, text, by, at);
        addenda.add(a);
        return a;
    }

    /** The sections' text in the format's order. */
    public List<String> sections() {
        List<String> all = java.util.Arrays.asList(section1, section2, section3, section4);
        return all.subList(0, format.sections().size());
    }

    public boolean isDraft() {
        return status == NoteStatus.DRAFT;
    }

    public Long getId() { return id; }
    public long getAppointmentId() { return appointmentId; }
    public long getCaseId() { return caseId; }
    public Long getOwnerClientId() { return ownerClientId; }
    public long getAuthorId() { return authorId; }
    public NoteFormat getFormat() { return format; }
    public NoteStatus getStatus() { return status; }
    public RiskUpdate getRiskUpdate() { return riskUpdate; }
    public String getRiskConcern() { return riskConcern; }
    public Long getRiskClientId() { return riskClientId; }
    public String getHomeworkText() { return homeworkText; }
    public String getChangeRequest() { return changeRequest; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getSignedBy() { return signedBy; }
    public Instant getSignedAt() { return signedAt; }
    public String getCosignedBy() { return cosignedBy; }
    public Instant getCosignedAt() { return cosignedAt; }
    public Set<Long> getClientIds() { return Collections.unmodifiableSet(clientIds); }
    public List<NoteStep> getSteps() { return Collections.unmodifiableList(steps); }
    public List<NoteHomework> getHomework() { return Collections.unmodifiableList(homework); }
    public List<NoteMilestone> getMilestones() { return Collections.unmodifiableList(milestones); }
    public List<NoteAddendum> getAddenda() { return Collections.unmodifiableList(addenda); }
    public List<NoteEvent> getEvents() { return Collections.unmodifiableList(events); }
    public long getVersion() { return version; }

    /** Never the note's text: entities may reach a log through a framework's message. */
    @Override
    public String toString() {
        return "SessionNote[" + id + "]";
    }
}

package org.tenfold.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tenfold.privacy.NotMemberRecord;

/**
 * One version of a case's treatment plan. A DRAFT is edited freely; signing fixes its content (the
 * SHA-256 of {@link PlanContent#canonical} is stored with the signature) and from then on nothing
 * of it changes: every mutating method here refuses unless the plan is a draft, the service refuses
 * first with a message, and database triggers refuse last. Revising copies a signed version into a
 * new draft; when that draft is signed the older version becomes SUPERSEDED.
 */
@NotMemberRecord("a version of the case's plan: its header is the whole case's; its goals and objectives are members' records")
@Entity
@Table(name = "treatment_plan")
@NamedQuery(name = "TreatmentPlan.findByCase", query = "SELECT p FROM TreatmentPlan p WHERE p.caseId = :caseId"
        + " ORDER BY p.planVersion DESC")
@NamedQuery(name = "TreatmentPlan.findDueForReview", query = "SELECT p FROM TreatmentPlan p"
        + " WHERE p.status = org.tenfold.plan.PlanStatus.SIGNED AND p.reviewOn <= :until ORDER BY p.reviewOn, p.id")
public class TreatmentPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "plan_version", nullable = false, updatable = false)
    private int planVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanStatus status = PlanStatus.DRAFT;

    @Column(name = "review_on")
    private LocalDate reviewOn;

    @Column(name = "from_template", nullable = false, updatable = false)
    private boolean fromTemplate;

    @Column(name = "previous_id", updatable = false)
    private Long previousId;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "signed_by", length = 64)
    private String signedBy;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "content_sha256", length = 64)
    private String contentSha256;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position ASC, id ASC")
    private List<PlanGoal> goals = new ArrayList<>();

    @Version
    private long version;

    protected TreatmentPlan() {
    }

    public TreatmentPlan(long caseId, int planVersion, boolean fromTemplate, Long previousId, LocalDate reviewOn,
            String createdBy, Instant now) {
        if (planVersion < 1) {
            throw new IllegalArgumentException("Plan versions count from 1.");
        }
        this.caseId = caseId;
        this.planVersion = planVersion;
        this.fromTemplate = fromTemplate;
        this.previousId = previousId;
        this.reviewOn = reviewOn;
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(now);
    }

    public boolean isDraft() {
        return status == PlanStatus.DRAFT;
    }

    /** Refuses any change to a plan that is no longer a draft. */
    void requireDraft() {
        if (!isDraft()) {
            throw new IllegalStateException("signed plans cannot be changed; revise it");
        }
    }

    public void setReviewOn(LocalDate reviewOn) {
        requireDraft();
        this.reviewOn = reviewOn;
    }

    public PlanGoal addGoal(String goalKey, String stepCode, Long clientId, String statement, String interventions,
            GoalStatus status, String clinicianNote) {
        requireDraft();
        int position = goals.stream().mapToInt(PlanGoal::getPosition).max().orElse(0) + 1;
        PlanGoal goal = new PlanGoal(this, goalKey, stepCode, clientId, statement, interventions, status,
                clinicianNote, position);
        goals.add(goal);
        return goal;
    }

    public void removeGoal(PlanGoal goal) {
        requireDraft();
        goals.remove(goal);
    }

    /** Signs the draft: its content is fixed from now on, under this hash. */
    public void sign(String by, Instant at) {
        requireDraft();
        this.contentSha256 = PlanContent.sha256(this);
        this.signedBy = Objects.requireNonNull(by);
        this.signedAt = Objects.requireNonNull(at);
        this.status = PlanStatus.SIGNED;
    }

    /** A later version was signed: this one stays readable, unchanged, as history. */
    public void supersede(Instant at) {
        if (status != PlanStatus.SIGNED) {
            throw new IllegalStateException("Only a signed plan is superseded.");
        }
        this.status = PlanStatus.SUPERSEDED;
        this.supersededAt = at;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public int getPlanVersion() { return planVersion; }
    public PlanStatus getStatus() { return status; }
    public LocalDate getReviewOn() { return reviewOn; }
    public boolean isFromTemplate() { return fromTemplate; }
    public Long getPreviousId() { return previousId; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getSignedBy() { return signedBy; }
    public Instant getSignedAt() { return signedAt; }
    public String getContentSha256() { return contentSha256; }
    public Instant getSupersededAt() { return supersededAt; }
    public List<PlanGoal> getGoals() { return List.copyOf(goals); }
    public long getVersion() { return version; }
}

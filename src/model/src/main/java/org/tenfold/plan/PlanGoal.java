package org.tenfold.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tenfold.privacy.MemberRecord;

/**
 * A goal of one plan version, on one framework step, for one member of the case or (client id null)
 * the couple. The goal key stays the same in every version the goal is copied into. The clinician
 * note is for the clinical record only: a client's copy of the plan leaves it out.
 */
@MemberRecord(owner = "clientId: the member the goal is for; none is the couple's goal")
@Entity
@Table(name = "plan_goal")
public class PlanGoal {

    public static final int STATEMENT_MAX = 2000;
    public static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private TreatmentPlan plan;

    @Column(name = "goal_key", nullable = false, length = 36, updatable = false)
    private String goalKey;

    @Column(name = "step_code", nullable = false, length = 30)
    private String stepCode;

    @Column(name = "client_id")
    private Long clientId;

    @Column(nullable = false, length = STATEMENT_MAX)
    private String statement;

    @Column(columnDefinition = "TEXT")
    private String interventions;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private GoalStatus status;

    @Column(name = "clinician_note", columnDefinition = "TEXT")
    private String clinicianNote;

    @Column(name = "sort_order", nullable = false)
    private int position;

    @OneToMany(mappedBy = "goal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position ASC, id ASC")
    private List<PlanObjective> objectives = new ArrayList<>();

    @Version
    private long version;

    protected PlanGoal() {
    }

    PlanGoal(TreatmentPlan plan, String goalKey, String stepCode, Long clientId, String statement,
            String interventions, GoalStatus status, String clinicianNote, int position) {
        this.plan = Objects.requireNonNull(plan);
        this.goalKey = Objects.requireNonNull(goalKey);
        this.position = position;
        apply(stepCode, clientId, statement, interventions, status, clinicianNote);
    }

    private void apply(String stepCode, Long clientId, String statement, String interventions, GoalStatus status,
            String clinicianNote) {
        this.stepCode = Objects.requireNonNull(stepCode);
        this.clientId = clientId;
        this.statement = Objects.requireNonNull(statement);
        this.interventions = interventions;
        this.status = Objects.requireNonNull(status);
        this.clinicianNote = clinicianNote;
    }

    public void change(String stepCode, Long clientId, String statement, String interventions, GoalStatus status,
            String clinicianNote) {
        plan.requireDraft();
        apply(stepCode, clientId, statement, interventions, status, clinicianNote);
    }

    public PlanObjective addObjective(String objectiveKey, String text, LocalDate targetDate, ObjectiveStatus status) {
        plan.requireDraft();
        int next = objectives.stream().mapToInt(PlanObjective::getPosition).max().orElse(0) + 1;
        PlanObjective o = new PlanObjective(this, objectiveKey, text, targetDate, status, next);
        objectives.add(o);
        return o;
    }

    public void removeObjective(PlanObjective objective) {
        plan.requireDraft();
        objectives.remove(objective);
    }

    /** The couple's goal rather than one member's. */
    public boolean isForCouple() {
        return clientId == null;
    }

    public Long getId() { return id; }
    public TreatmentPlan getPlan() { return plan; }
    public String getGoalKey() { return goalKey; }
    public String getStepCode() { return stepCode; }
    public Long getClientId() { return clientId; }
    public String getStatement() { return statement; }
    public String getInterventions() { return interventions; }
    public GoalStatus getStatus() { return status; }
    public String getClinicianNote() { return clinicianNote; }
    public int getPosition() { return position; }
    public List<PlanObjective> getObjectives() { return List.copyOf(objectives); }
    public long getVersion() { return version; }
}

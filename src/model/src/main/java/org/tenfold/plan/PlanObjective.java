package org.tenfold.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import org.tenfold.privacy.MemberRecord;

/** A measurable objective of a goal, with a target date and where it stands. */
@MemberRecord(owner = "the member of its goal")
@Entity
@Table(name = "plan_objective")
public class PlanObjective {

    public static final int TEXT_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "goal_id", nullable = false, updatable = false)
    private PlanGoal goal;

    @Column(name = "objective_key", nullable = false, length = 36, updatable = false)
    private String objectiveKey;

    @Column(name = "objective_text", nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "target_date")
    private LocalDate targetDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ObjectiveStatus status;

    @Column(name = "sort_order", nullable = false)
    private int position;

    @Version
    private long version;

    protected PlanObjective() {
    }

    PlanObjective(PlanGoal goal, String objectiveKey, String text, LocalDate targetDate, ObjectiveStatus status,
            int position) {
        this.goal = Objects.requireNonNull(goal);
        this.objectiveKey = Objects.requireNonNull(objectiveKey);
        this.position = position;
        apply(text, targetDate, status);
    }

    private void apply(String text, LocalDate targetDate, ObjectiveStatus status) {
        this.text = Objects.requireNonNull(text);
        this.targetDate = targetDate;
        this.status = Objects.requireNonNull(status);
    }

    public void change(String text, LocalDate targetDate, ObjectiveStatus status) {
        goal.getPlan().requireDraft();
        apply(text, targetDate, status);
    }

    public Long getId() { return id; }
    public PlanGoal getGoal() { return goal; }
    public String getObjectiveKey() { return objectiveKey; }
    public String getText() { return text; }
    public LocalDate getTargetDate() { return targetDate; }
    public ObjectiveStatus getStatus() { return status; }
    public int getPosition() { return position; }
    public long getVersion() { return version; }
}

package org.tenfold.note;

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
import org.tenfold.plan.ObjectiveStatus;
import org.tenfold.privacy.MemberRecord;

/** A framework step worked on in the session: a 0-10 rating, a short comment, a link to the plan. */
@MemberRecord(owner = "the member whose goal or objective the row links; otherwise its note's owner")
@Entity
@Table(name = "session_note_step")
public class NoteStep {

    public static final int COMMENT_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "note_id", nullable = false, updatable = false)
    private SessionNote note;

    @Column(name = "step_code", nullable = false, length = 30)
    private String stepCode;

    private Integer rating;

    @Column(name = "step_comment", length = COMMENT_MAX)
    private String comment;

    @Column(name = "goal_id")
    private Long goalId;

    @Column(name = "objective_id")
    private Long objectiveId;

    @Enumerated(EnumType.STRING)
    @Column(name = "objective_status", length = 20)
    private ObjectiveStatus objectiveStatus;

    @Column(name = "sort_order", nullable = false)
    private int position;

    protected NoteStep() {
    }

    public NoteStep(String stepCode, Integer rating, String comment, Long goalId, Long objectiveId,
            ObjectiveStatus objectiveStatus) {
        if (rating != null && (rating < 0 || rating > 10)) {
            throw new IllegalArgumentException("A rating is from 0 to 10");
        }
        this.stepCode = stepCode;
        this.rating = rating;
        this.comment = comment;
        this.goalId = goalId;
        this.objectiveId = objectiveId;
        this.objectiveStatus = objectiveStatus;
    }

    void attach(SessionNote owner, int at) {
        this.note = owner;
        this.position = at;
    }

    public Long getId() { return id; }
    public String getStepCode() { return stepCode; }
    public Integer getRating() { return rating; }
    public String getComment() { return comment; }
    public Long getGoalId() { return goalId; }
    public Long getObjectiveId() { return objectiveId; }
    public ObjectiveStatus getObjectiveStatus() { return objectiveStatus; }
    public int getPosition() { return position; }

    @Override
    public String toString() {
        return "NoteStep[" + id + "]";
    }
}

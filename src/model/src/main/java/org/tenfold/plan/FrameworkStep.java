package org.tenfold.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.tenfold.privacy.NotMemberRecord;

/**
 * One of the clinic's ten steps for rebuilding trust. The code and number are fixed (plans, notes
 * and reports refer to them); the clinic may reword the title and description.
 */
@NotMemberRecord("the clinic's ten steps, reference data")
@Entity
@Table(name = "framework_step")
@NamedQuery(name = "FrameworkStep.findAll", query = "SELECT s FROM FrameworkStep s ORDER BY s.number")
public class FrameworkStep {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;

    @Id
    @Column(length = 30, updatable = false)
    private String code;

    @Column(name = "step_number", nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private StepConcern concerns;

    @Column(name = "updated_by", length = 64)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected FrameworkStep() {
    }

    /** New wording for the step; the code and number stay. */
    public void reword(String title, String description, String by, Instant at) {
        this.title = Objects.requireNonNull(title);
        this.description = Objects.requireNonNull(description);
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String getCode() { return code; }
    public int getNumber() { return number; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public StepConcern getConcerns() { return concerns; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}

package org.tenfold.plan.records;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.tenfold.privacy.NotMemberRecord;

/**
 * An entry of the clinic's education catalogue (step 8): a book, workshop, support group, article or
 * video. Retired (inactive) rather than deleted, because assignments refer to it.
 */
@NotMemberRecord("the clinic's education catalogue")
@Entity
@Table(name = "education_item")
@NamedQuery(name = "EducationItem.findAll", query = "SELECT i FROM EducationItem i ORDER BY i.kind, i.title, i.id")
public class EducationItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EducationKind kind;

    @Column(nullable = false, length = 300)
    private String title;

    /** The author of a book or article, the organisation running a group or workshop. */
    @Column(length = 300)
    private String provider;

    @Column(length = 500)
    private String link;

    @Column(length = 2000)
    private String description;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected EducationItem() {
    }

    public EducationItem(EducationKind kind, String title, String provider, String link, String description,
            String by, Instant now) {
        this.createdBy = Objects.requireNonNull(by);
        this.createdAt = Objects.requireNonNull(now);
        change(kind, title, provider, link, description, true, by, now);
    }

    public void change(EducationKind kind, String title, String provider, String link, String description,
            boolean active, String by, Instant now) {
        this.kind = Objects.requireNonNull(kind);
        this.title = Objects.requireNonNull(title);
        this.provider = provider;
        this.link = link;
        this.description = description;
        this.active = active;
        this.updatedBy = Objects.requireNonNull(by);
        this.updatedAt = Objects.requireNonNull(now);
    }

    public Long getId() { return id; }
    public EducationKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getProvider() { return provider; }
    public String getLink() { return link; }
    public String getDescription() { return description; }
    public boolean isActive() { return active; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}

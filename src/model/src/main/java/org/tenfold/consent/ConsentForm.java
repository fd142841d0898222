package org.tenfold.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tenfold.privacy.NotMemberRecord;

/** One version of a consent's wording, as the client reads it. Never edited: a new wording is a new version. */
@NotMemberRecord("the clinic's versioned consent wordings")
@Entity
@Table(name = "consent_form")
@NamedQuery(name = "ConsentForm.findActive",
        query = "SELECT f FROM ConsentForm f WHERE f.active = TRUE ORDER BY f.kind, f.version DESC")
@NamedQuery(name = "ConsentForm.findByKindAndVersion",
        query = "SELECT f FROM ConsentForm f WHERE f.kind = :kind AND f.version = :version")
public class ConsentForm {

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private ConsentKind kind;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(nullable = false, length = 200, updatable = false)
    private String title;

    @Column(nullable = false, updatable = false)
    private String wording;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ConsentForm() {
    }

    public Long getId() { return id; }
    public ConsentKind getKind() { return kind; }
    public int getVersion() { return version; }
    public String getTitle() { return title; }
    public String getWording() { return wording; }
    public boolean isActive() { return active; }
    public Instant getCreatedAt() { return createdAt; }
}

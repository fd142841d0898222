package org.tenfold.note;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.tenfold.privacy.MemberRecord;

/** A milestone reached in the session (one member's, or the couple's when clientId is null). */
@MemberRecord(owner = "clientId: whose milestone it is; none is the couple's")
@Entity
@Table(name = "session_note_milestone")
public class NoteMilestone {

    public static final int DESCRIPTION_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "note_id", nullable = false, updatable = false)
    private SessionNote note;

    @Column(name = "client_id")
    private Long clientId;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "sort_order", nullable = false)
    private int position;

    protected NoteMilestone() {
    }

    public NoteMilestone(Long clientId, String description) {
        this.clientId = clientId;
        this.description = description;
    }

    void attach(SessionNote owner, int at) {
        this.note = owner;
        this.position = at;
    }

    public Long getId() { return id; }
    public Long getClientId() { return clientId; }
    public String getDescription() { return description; }
    public int getPosition() { return position; }

    @Override
    public String toString() {
        return "NoteMilestone[" + id + "]";
    }
}

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
import java.time.Instant;
import org.tenfold.privacy.MemberRecord;

/** One step of a note's signing history: signed, co-signed, or returned with a request for changes. */
@MemberRecord(owner = "its note's owner")
@Entity
@Table(name = "session_note_event")
public class NoteEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "note_id", nullable = false, updatable = false)
    private SessionNote note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private NoteEventKind kind;

    @Column(nullable = false, length = 64, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(length = 2000, updatable = false)
    private String comment;

    protected NoteEvent() {
    }

    NoteEvent(SessionNote note, NoteEventKind kind, String actor, Instant at, String comment) {
        this.note = note;
        this.kind = kind;
        this.actor = actor;
        this.at = at;
        this.comment = comment;
    }

    public Long getId() { return id; }
    public NoteEventKind getKind() { return kind; }
    public String getActor() { return actor; }
    public Instant getAt() { return at; }
    public String getComment() { return comment; }

    @Override
    public String toString() {
        return "NoteEvent[" + id + "]";
    }
}

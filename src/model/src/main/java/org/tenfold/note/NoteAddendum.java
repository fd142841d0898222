package org.tenfold.note;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tenfold.privacy.MemberRecord;

/** A dated, signed correction beneath a signed note; never changed or removed. */
@MemberRecord(owner = "its note's owner")
@Entity
@Table(name = "session_note_addendum")
public class NoteAddendum {

    public static final int TEXT_MAX = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "note_id", nullable = false, updatable = false)
    private SessionNote note;

    @Column(name = "body", nullable = false, updatable = false)
    private String text;

    @Column(name = "signed_by", nullable = false, length = 64, updatable = false)
    private String signedBy;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    protected NoteAddendum() {
    }

    NoteAddendum(SessionNote note, String text, String signedBy, Instant signedAt) {
        this.note = note;
        this.text = text;
        this.signedBy = signedBy;
        this.signedAt = signedAt;
    }

    public Long getId() { return id; }
    public String getText() { return text; }
    public String getSignedBy() { return signedBy; }
    public Instant getSignedAt() { return signedAt; }

    @Override
    public String toString() {
        return "NoteAddendum[" + id + "]";
    }
}

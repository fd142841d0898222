package org.tenfold.note;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.tenfold.privacy.NotMemberRecord;

/**
 * The author's private process notes on a session, kept apart from the note: read and written by its
 * author only, never part of the note's views, reports or exports.
 */
@NotMemberRecord("the author's private process notes: only its author reads or writes them, in no view, report or export")
@Entity
@Table(name = "session_note_private")
public class PrivateSection {

    public static final int TEXT_MAX = 20_000;

    @Id
    @Column(name = "note_id")
    private Long noteId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(name = "body", nullable = false)
    private String text;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected PrivateSection() {
    }

    public PrivateSection(long noteId, long authorId, String text, Instant at) {
        this.noteId = noteId;
        this.authorId = authorId;
        this.text = text;
        this.updatedAt = at;
    }

    public void write(String newText, Instant at) {
        this.text = newText;
        this.updatedAt = at;
    }

    public Long getNoteId() { return noteId; }
    public long getAuthorId() { return authorId; }
    public String getText() { return text; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }

    @Override
    public String toString() {
        return "PrivateSection[" + noteId + "]";
    }
}

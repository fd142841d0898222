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
import org.tenfold.privacy.MemberRecord;

/** Homework set in the session: a self-care plan or education assignment of the case, or free text. */
@MemberRecord(owner = "the member whose self-care activity or education assignment the row links; otherwise its note's owner")
@Entity
@Table(name = "session_note_homework")
public class NoteHomework {

    public static final int DETAIL_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "note_id", nullable = false, updatable = false)
    private SessionNote note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private HomeworkKind kind;

    @Column(name = "ref_id")
    private Long refId;

    @Column(length = DETAIL_MAX)
    private String detail;

    @Column(name = "sort_order", nullable = false)
    private int position;

    protected NoteHomework() {
    }

    public NoteHomework(HomeworkKind kind, Long refId, String detail) {
        this.kind = kind;
        this.refId = refId;
        this.detail = detail;
    }

    void attach(SessionNote owner, int at) {
        this.note = owner;
        this.position = at;
    }

    public Long getId() { return id; }
    public HomeworkKind getKind() { return kind; }
    public Long getRefId() { return refId; }
    public String getDetail() { return detail; }
    public int getPosition() { return position; }

    @Override
    public String toString() {
        return "NoteHomework[" + id + "]";
    }
}

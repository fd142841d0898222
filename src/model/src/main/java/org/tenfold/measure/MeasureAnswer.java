package org.tenfold.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.tenfold.privacy.MemberRecord;

/**
 * One answer of a response, saved as it is given: a chosen option's value, or the text of a free-text item.
 * Changed only while its response is open; the database refuses any change once the response is submitted.
 */
@MemberRecord(owner = "clientId: the member who gave the answer (its response's)")
@Entity
@Table(name = "measure_answer")
@NamedQuery(name = "MeasureAnswer.findOfResponses",
        query = "SELECT a FROM MeasureAnswer a WHERE a.responseId IN :ids ORDER BY a.responseId, a.itemNumber")
public class MeasureAnswer {

    public static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "response_id", nullable = false, updatable = false)
    private long responseId;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "item_number", nullable = false, updatable = false)
    private int itemNumber;

    @Column(name = "answer_value")
    private Integer value;

    @Column(name = "answer_text", length = TEXT_MAX)
    private String text;

    @Column(name = "answered_by", nullable = false, length = 64)
    private String answeredBy;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    @Version
    private long version;

    protected MeasureAnswer() {
    }

    public MeasureAnswer(MeasureResponse response, int itemNumber, Integer value, String text, String by, Instant now) {
        this.responseId = response.getId();
        this.clientId = response.getClientId();
        this.itemNumber = itemNumber;
        change(value, text, by, now);
    }

    public void change(Integer value, String text, String by, Instant now) {
        this.value = value;
        this.text = text;
        this.answeredBy = Objects.requireNonNull(by);
        this.answeredAt = Objects.requireNonNull(now);
    }

    public Long getId() { return id; }
    public long getResponseId() { return responseId; }
    public long getClientId() { return clientId; }
    public int getItemNumber() { return itemNumber; }
    public Integer getValue() { return value; }
    public String getText() { return text; }
    public String getAnsweredBy() { return answeredBy; }
    public Instant getAnsweredAt() { return answeredAt; }
    public long getVersion() { return version; }
}

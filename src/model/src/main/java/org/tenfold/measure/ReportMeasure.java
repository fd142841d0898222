package org.tenfold.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import org.tenfold.privacy.NotMemberRecord;

/**
 * A questionnaire the counsellor chose to show in a draft progress report (its scores over the period, drawn as a
 * chart). Only the choice: which members' scores appear is the report's disclosure rule's to say.
 */
@NotMemberRecord("a draft report's choice of which questionnaires to chart: no answers or scores of its own")
@Entity
@Table(name = "progress_report_measure")
@NamedQuery(name = "ReportMeasure.findOfReport",
        query = "SELECT m FROM ReportMeasure m WHERE m.reportId = :reportId ORDER BY m.position")
public class ReportMeasure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private long reportId;

    @Column(name = "instrument_code", nullable = false, updatable = false, length = 40)
    private String instrumentCode;

    @Column(nullable = false, updatable = false)
    private int position;

    protected ReportMeasure() {
    }

    public ReportMeasure(long reportId, String instrumentCode, int position) {
        this.reportId = reportId;
        this.instrumentCode = Objects.requireNonNull(instrumentCode);
        this.position = position;
    }

    public Long getId() { return id; }
    public long getReportId() { return reportId; }
    public String getInstrumentCode() { return instrumentCode; }
    public int getPosition() { return position; }
}

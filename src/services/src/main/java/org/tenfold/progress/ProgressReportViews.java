package org.tenfold.progress;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the progress-report services hand to screens and the API. */
public final class ProgressReportViews {

    private ProgressReportViews() {
    }

    /** Lower-case hex SHA-256 of a file's bytes, as kept with a released report. */
    public static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A report's details; {@code summary} is null for callers who may only download released reports
     * (front desk). {@code sha256} is the released file's.
     */
    public record ReportView(long id, long clientId, long caseId, ReportKind kind, ReportStatus status,
            LocalDate from, LocalDate to, String summary, String generatedBy, Instant generatedAt, String releasedBy,
            Instant releasedAt, String sha256, long version) {

        static ReportView of(ProgressReportEntry r, boolean clinical) {
            return new ReportView(r.getId(), r.getClientId(), r.getCaseId(), r.getKind(), r.getStatus(),
                    r.getPeriodFrom(), r.getPeriodTo(), clinical ? r.getSummary() : null, r.getGeneratedBy(),
                    r.getGeneratedAt(), r.getReleasedBy(), r.getReleasedAt(), r.getReleasedSha256(), r.getVersion());
        }
    }

    /** A PDF to send to the browser: a draft's preview or a released report's kept bytes. */
    public record ReportFile(String fileName, byte[] bytes, boolean released) {
    }

    /** A one-time link just made: the token is shown once and never stored. */
    public record IssuedLink(long reportId, String token, String path, Instant expiresAt) {
    }

    /** What became of an email delivery. */
    public record Delivery(long reportId, String channel, String to, Instant at) {
    }

    /** A monthly batch and how far it has come. */
    public record BatchView(long id, long counsellorId, LocalDate from, LocalDate to, String status, int total,
            int done, int failed, int percent, Instant startedAt, Instant finishedAt, Instant resumedAt,
            int resumeCount, List<ItemFailure> failures) implements Serializable {

        static BatchView of(ReportBatch b, List<ItemFailure> failures) {
            return new BatchView(b.getId(), b.getCounsellorId(), b.getPeriodFrom(), b.getPeriodTo(),
                    b.getStatus().name(), b.getTotal(), b.getDone(), b.getFailed(), b.percent(), b.getStartedAt(),
                    b.getFinishedAt(), b.getResumedAt(), b.getResumeCount(), List.copyOf(failures));
        }
    }

    /** A draft of a batch that could not be made, and why. */
    public record ItemFailure(long clientId, String clientName, long caseId, String kind, String reason)
            implements Serializable {
    }
}

package org.tenfold.backup;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.tenfold.audit.chain.AuditChain;
import org.tenfold.audit.chain.ChainReport;
import org.tenfold.audit.chain.ChainVerifier;
import org.tenfold.audit.chain.CheckpointKey;

/**
 * What a restored database must show before anyone works on it: every table with the rows the manifest
 * counted, an intact audit chain holding the checkpoint signed for the backup, and every released progress
 * report still the PDF whose SHA-256 was taken when it was released.
 */
public record RestoreCheck(List<String> failures, long rows, int tables, ChainReport chain, int reportsChecked) {

    public boolean passed() {
        return failures.isEmpty();
    }

    public static RestoreCheck run(Connection c, BackupManifest manifest, CheckpointKey key) throws SQLException {
        List<String> failures = new ArrayList<>();
        long rows = 0;
        for (Map.Entry<String, Long> table : manifest.rows().entrySet()) {
            if (!table.getKey().matches("[A-Za-z0-9_]+")) {
                failures.add("the manifest names a table " + table.getKey() + " that cannot be one of ours");
                continue;
            }
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT COUNT(*) FROM `" + table.getKey() + "`")) {
                r.next();
                long found = r.getLong(1);
                rows += found;
                if (found != table.getValue()) {
                    failures.add("table " + table.getKey() + " has " + found + " rows; the backup held " + table.getValue());
                }
            } catch (SQLException e) {
                failures.add("table " + table.getKey() + " cannot be read: " + e.getMessage());
            }
        }
        ChainReport chain = ChainVerifier.verify(c, key);
        if (!chain.intact()) {
            failures.add(chain.summary());
        }
        checkpointOfTheBackup(c, manifest, failures);
        int reports = releasedReports(c, failures);
        return new RestoreCheck(List.copyOf(failures), rows, manifest.rows().size(), chain, reports);
    }

    private static void checkpointOfTheBackup(Connection c, BackupManifest manifest, List<String> failures)
            throws SQLException {
        String checkpoint = manifest.auditCheckpoint();
        if (checkpoint == null || checkpoint.isBlank() || !checkpoint.startsWith("#")) {
            return; // no audit event had been written yet when the backup was made
        }
        long id = Long.parseLong(checkpoint.substring(1).split(" ")[0]);
        try (PreparedStatement p = c.prepareStatement("SELECT content FROM audit_checkpoint WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    failures.add("the audit checkpoint signed for the backup (" + checkpoint + ") is missing");
                } else if (!AuditChain.sha256Hex(r.getString(1)).equals(manifest.auditHead())) {
                    failures.add("the audit checkpoint signed for the backup (" + checkpoint
                            + ") differs from the one the manifest names");
                }
            }
        }
    }

    private static int releasedReports(Connection c, List<String> failures) throws SQLException {
        int checked = 0;
        try (Statement s = c.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            s.setFetchSize(Integer.MIN_VALUE);
            try (ResultSet r = s.executeQuery("SELECT id, released_pdf, released_sha256 FROM progress_report"
                    + " WHERE status = 'RELEASED' ORDER BY id")) {
                while (r.next()) {
                    checked++;
                    String actual;
                    try (InputStream pdf = r.getBinaryStream(2)) {
                        actual = pdf == null ? "none" : sha256(pdf);
                    } catch (IOException e) {
                        actual = "unreadable";
                    }
                    if (!actual.equalsIgnoreCase(r.getString(3))) {
                        failures.add("released progress report " + r.getLong(1) + " is not the PDF that was released"
                                + " (SHA-256 " + actual + ", recorded " + r.getString(3) + ")");
                    }
                }
            }
        }
        return checked;
    }

    private static String sha256(InputStream in) throws IOException {
        try {
            DigestInputStream digest = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"));
            digest.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digest.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

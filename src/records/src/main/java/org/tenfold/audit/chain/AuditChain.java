package org.tenfold.audit.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The one definition of an audit row's hash. Rows are chained in lanes: a writer holds one lane's head
 * row locked until its transaction ends (see V40__audit_chain.sql), so inside a lane every row follows
 * exactly one other, while up to {@link #LANES} transactions write at once without waiting on each other.
 *
 * <p>hash = SHA-256(previous row's hash in the lane + "\n" + canonical content), hex. The canonical
 * content names every stored field with its length, so no two different rows share one text.
 */
public final class AuditChain {

    /** Lanes seeded by the migration: more than the connections of two servers, so a writer never waits for one. */
    public static final int LANES = 64;
    /** The "previous hash" of a lane's first row. */
    public static final String GENESIS = "0".repeat(64);
    private static final String VERSION = "tenfold-audit-v1";

    private AuditChain() {
    }

    /** Audit times are kept to the microsecond, as DATETIME(6) stores them, so the hash reads back the same. */
    public static Instant storedPrecision(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public static String canonical(AuditRow row, int lane, long seq) {
        StringBuilder b = new StringBuilder(256).append(VERSION).append('\n');
        field(b, "lane", String.valueOf(lane));
        field(b, "seq", String.valueOf(seq));
        Instant at = storedPrecision(row.occurredAt());
        field(b, "at", at.getEpochSecond() + "." + String.format("%06d", at.getNano() / 1000));
        field(b, "actor", row.actor());
        field(b, "action", row.action());
        field(b, "entityType", row.entityType());
        field(b, "entityId", row.entityId());
        field(b, "clientId", row.clientId() == null ? null : row.clientId().toString());
        field(b, "outcome", row.outcome());
        field(b, "source", row.sourceAddress());
        field(b, "detail", row.detail());
        return b.toString();
    }

    /** The hash a row at (lane, seq) after prevHash must carry. */
    public static String hash(String prevHash, AuditRow row, int lane, long seq) {
        return sha256Hex(prevHash + "\n" + canonical(row, lane, seq));
    }

    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void field(StringBuilder b, String name, String value) {
        b.append(name).append('=');
        if (value == null) {
            b.append('-');
        } else {
            b.append(value.length()).append(':').append(value);
        }
        b.append('\n');
    }
}

package org.tenfold.audit.chain;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tenfold.audit.chain.ChainReport.Problem;

/**
 * Walks every lane of the audit chain from its first row, recomputing each row's hash from its content
 * and the hash before it, and checks the lane heads and every signed checkpoint against what it read.
 * Reads the table once, streamed, in (lane, seq) order along the unique index.
 */
public final class ChainVerifier {

    public static final int MAX_PROBLEMS = 50;

    private final List<Problem> problems = new ArrayList<>();
    /** (lane, seq) → hash and the checkpoint that signed it. */
    private final Map<Long, Signed> signed = new HashMap<>();
    private final Map<Integer, Checkpoint.LaneHead> tails = new TreeMap<>();

    private record Signed(String hash, long checkpointId, Instant at) {
    }

    private ChainVerifier() {
    }

    /** @param key the checkpoint key; null checks the chain without checking signatures */
    public static ChainReport verify(Connection c, CheckpointKey key) throws SQLException {
        return new ChainVerifier().run(c, key);
    }

    private ChainReport run(Connection c, CheckpointKey key) throws SQLException {
        long started = System.nanoTime();
        CheckpointSummary checkpoints = readCheckpoints(c, key);
        outsideTheChain(c);
        long rows = walk(c);
        compareHeads(c);
        signed.forEach((position, s) -> problem(null, (int) (position >> 40), position & ((1L << 40) - 1),
                "the row at lane " + (position >> 40) + ", seq " + (position & ((1L << 40) - 1))
                        + " signed by checkpoint #" + s.checkpointId() + " of " + s.at() + " is missing"));
        long chained = tails.values().stream().mapToLong(Checkpoint.LaneHead::seq).sum();
        StringBuilder headText = new StringBuilder();
        tails.forEach((lane, h) -> headText.append(lane).append('=').append(h.seq()).append(':').append(h.hash())
                .append('\n'));
        return new ChainReport(rows, List.copyOf(problems), checkpoints.count, checkpoints.newest,
                Math.max(0, chained - checkpoints.events), AuditChain.sha256Hex(headText.toString()), key != null,
                (System.nanoTime() - started) / 1_000_000);
    }

    private record CheckpointSummary(int count, Instant newest, long events) {
    }

    private CheckpointSummary readCheckpoints(Connection c, CheckpointKey key) throws SQLException {
        int count = 0;
        Instant newest = null;
        long events = 0;
        long previousId = 0;
        Map<Integer, Long> previousSeq = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT id, content, hmac FROM audit_checkpoint ORDER BY id")) {
            while (r.next()) {
                long id = r.getLong(1);
                count++;
                if (previousId != 0 && id != previousId + 1) {
                    problem(null, null, null, "signed checkpoint(s) #" + (previousId + 1) + (id - 1 > previousId + 1
                            ? "–#" + (id - 1) : "") + " are missing");
                }
                previousId = id;
                String content = r.getString(2);
                if (key != null && !key.sign(content).equals(r.getString(3))) {
                    problem(null, null, null, "signed checkpoint #" + id + " does not carry a valid signature");
                    continue;
                }
                Checkpoint checkpoint;
                try {
                    checkpoint = Checkpoint.parse(content);
                } catch (RuntimeException e) {
                    problem(null, null, null, "signed checkpoint #" + id + " cannot be read");
                    continue;
                }
                newest = checkpoint.madeAt();
                events = checkpoint.events();
                for (var head : checkpoint.heads().entrySet()) {
                    long seq = head.getValue().seq();
                    if (seq < previousSeq.getOrDefault(head.getKey(), 0L)) {
                        problem(null, head.getKey(), seq, "signed checkpoint #" + id + " has lane " + head.getKey()
                                + " shorter than the checkpoint before it");
                    }
                    previousSeq.put(head.getKey(), seq);
                    signed.put(position(head.getKey(), seq), new Signed(head.getValue().hash(), id, checkpoint.madeAt()));
                }
            }
        }
        return new CheckpointSummary(count, newest, events);
    }

    private void outsideTheChain(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT id FROM audit_event WHERE lane IS NULL OR lane_seq IS NULL"
                        + " OR row_hash IS NULL OR prev_hash IS NULL ORDER BY id LIMIT " + MAX_PROBLEMS)) {
            while (r.next()) {
                problem(r.getLong(1), null, null, "not in the chain: the row has no place or hash, so it was not"
                        + " written by Tenfold");
            }
        }
    }

    private long walk(Connection c) throws SQLException {
        long rows = 0;
        try (Statement s = c.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            s.setFetchSize(Integer.MIN_VALUE); // Connector/J streams the rows instead of holding them all
            try (ResultSet r = s.executeQuery("SELECT id, occurred_at, actor, action, entity_type, entity_id, client_id,"
                    + " outcome, source_address, detail, lane, lane_seq, prev_hash, row_hash FROM audit_event"
                    + " WHERE lane IS NOT NULL AND lane_seq IS NOT NULL ORDER BY lane, lane_seq")) {
                int lane = -1;
                long expectedSeq = 0;
                String prev = null;
                long prevId = 0;
                while (r.next()) {
                    rows++;
                    AuditRow row = read(r);
                    if (row.lane() != lane) {
                        lane = row.lane();
                        expectedSeq = 1;
                        prev = AuditChain.GENESIS;
                        prevId = 0;
                    }
                    long seq = row.seq();
                    if (seq != expectedSeq) {
                        problem(row.id(), lane, seq, "rows are missing before it in lane " + lane + " (seq "
                                + expectedSeq + (seq - 1 > expectedSeq ? "–" + (seq - 1) : "") + " of the lane"
                                + (prevId == 0 ? "" : ", after audit event " + prevId) + ")");
                    } else if (!prev.equals(row.prevHash())) {
                        problem(prevId == 0 ? row.id() : prevId, lane, seq - 1, prevId == 0
                                ? "the first row of lane " + lane + " does not start from the lane's beginning"
                                : "its hash is not the one audit event " + row.id() + " recorded when it was written:"
                                        + " it (or the next row's link) was changed");
                    }
                    if (!AuditChain.hash(row.prevHash() == null ? "" : row.prevHash(), row, lane, seq)
                            .equals(row.rowHash())) {
                        problem(row.id(), lane, seq, "its content does not match its hash: the row was changed after"
                                + " it was written");
                    }
                    Signed sig = signed.remove(position(lane, seq));
                    if (sig != null && !sig.hash().equals(row.rowHash())) {
                        problem(row.id(), lane, seq, "its hash is not the one signed by checkpoint #" + sig.checkpointId()
                                + " of " + sig.at());
                    }
                    prev = row.rowHash() == null ? "" : row.rowHash();
                    prevId = row.id();
                    expectedSeq = seq + 1;
                    tails.put(lane, new Checkpoint.LaneHead(seq, prev));
                    lastIds.put(lane, row.id());
                }
            }
        }
        return rows;
    }

    private final Map<Integer, Long> lastIds = new HashMap<>();

    private void compareHeads(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT lane, seq, head_hash FROM audit_chain_lane ORDER BY lane")) {
            while (r.next()) {
                int lane = r.getInt(1);
                long seq = r.getLong(2);
                Checkpoint.LaneHead tail = tails.get(lane);
                long present = tail == null ? 0 : tail.seq();
                if (seq > present) {
                    problem(lastIds.get(lane), lane, present + 1, "the last row(s) of lane " + lane + " are missing"
                            + (tail == null ? "" : " after this row") + " (seq " + (present + 1) + "–" + seq + ")");
                } else if (seq < present) {
                    problem(lastIds.get(lane), lane, present, "lane " + lane + "'s head was set back to seq " + seq);
                } else if (seq > 0 && !tail.hash().equals(r.getString(3))) {
                    problem(lastIds.get(lane), lane, seq, "lane " + lane + "'s head does not hold this row's hash");
                }
            }
        }
    }

    private static AuditRow read(ResultSet r) throws SQLException {
        LocalDateTime at = r.getObject(2, LocalDateTime.class);
        long clientId = r.getLong(7);
        Long client = r.wasNull() ? null : clientId;
        return new AuditRow(r.getLong(1), at.toInstant(ZoneOffset.UTC), r.getString(3), r.getString(4), r.getString(5),
                r.getString(6), client, r.getString(8), r.getString(9), r.getString(10), r.getInt(11), r.getLong(12),
                r.getString(13), r.getString(14));
    }

    private static long position(int lane, long seq) {
        return ((long) lane << 40) | seq;
    }

    private void problem(Long id, Integer lane, Long seq, String reason) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new Problem(id, lane, seq, reason));
        }
    }
}

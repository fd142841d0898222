package org.tenfold.audit.chain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

/** Signs where the chain stands now and stores it in audit_checkpoint, in the caller's transaction. */
public final class CheckpointWriter {

    private CheckpointWriter() {
    }

    /**
     * @return the new checkpoint, or null when nothing was written since the newest one (no row then)
     */
    public static Checkpoint write(Connection c, CheckpointKey key, Instant now) throws SQLException {
        Map<Integer, Checkpoint.LaneHead> heads = new TreeMap<>();
        long events = 0;
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT lane, seq, head_hash FROM audit_chain_lane WHERE seq > 0")) {
            while (r.next()) {
                heads.put(r.getInt(1), new Checkpoint.LaneHead(r.getLong(2), r.getString(3)));
                events += r.getLong(2);
            }
        }
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT content FROM audit_checkpoint ORDER BY id DESC LIMIT 1")) {
            if (r.next() && Checkpoint.parse(r.getString(1)).heads().equals(heads)) {
                return null;
            }
        }
        Checkpoint checkpoint = new Checkpoint(AuditChain.storedPrecision(now), events, heads);
        String content = checkpoint.content();
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO audit_checkpoint (made_at, events, content, hmac, key_id) VALUES (?, ?, ?, ?, ?)")) {
            p.setObject(1, LocalDateTime.ofInstant(checkpoint.madeAt(), ZoneOffset.UTC));
            p.setLong(2, events);
            p.setString(3, content);
            p.setString(4, key.sign(content));
            p.setString(5, key.id());
            p.executeUpdate();
        }
        return checkpoint;
    }
}

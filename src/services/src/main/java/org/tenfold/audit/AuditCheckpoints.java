package org.tenfold.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.tenfold.audit.chain.AuditChain;
import org.tenfold.audit.chain.Checkpoint;
import org.tenfold.audit.chain.CheckpointKey;
import org.tenfold.audit.chain.CheckpointWriter;

/** Signs where the chain stands (by the timer, and just before each backup). */
@ApplicationScoped
public class AuditCheckpoints {

    @Resource(lookup = "jdbc/tenfold")
    DataSource dataSource;

    @Inject
    AuditKey key;

    /** The newest checkpoint as "#id time" and the SHA-256 of its content, after signing a new one if needed. */
    public record Signed(String checkpoint, String head) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Signed> sign() {
        Optional<CheckpointKey> k = key.key();
        if (k.isEmpty()) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection()) {
            // one server at a time across a cluster: a second one waits here, then finds the heads signed already
            try (var s = c.createStatement();
                    var lock = s.executeQuery("SELECT name FROM timer_lock WHERE name = 'audit-checkpoint' FOR UPDATE")) {
                lock.next();
            }
            CheckpointWriter.write(c, k.get(), Instant.now());
            try (var s = c.createStatement();
                    var r = s.executeQuery("SELECT id, made_at, content FROM audit_checkpoint ORDER BY id DESC LIMIT 1")) {
                if (!r.next()) {
                    return Optional.empty();
                }
                Checkpoint cp = Checkpoint.parse(r.getString(3));
                return Optional.of(new Signed("#" + r.getLong(1) + " " + cp.madeAt(), AuditChain.sha256Hex(r.getString(3))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("audit checkpoint failed: " + e.getMessage(), e);
        }
    }
}

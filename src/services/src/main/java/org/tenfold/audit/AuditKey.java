package org.tenfold.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tenfold.audit.chain.CheckpointKey;

/**
 * The checkpoint key, from the file named by {@code tenfold.audit.key-file} (TENFOLD_AUDIT_KEY_FILE):
 * outside the database, readable by the server's account only. Without it the chain is still written
 * and walked, but no checkpoint is signed, so a shortened tail would go unseen; the verification says so.
 */
@ApplicationScoped
public class AuditKey {

    private static final Logger LOG = Logger.getLogger(AuditKey.class.getName());

    @Inject
    @ConfigProperty(name = "tenfold.audit.key-file")
    Optional<String> keyFile;

    public Optional<CheckpointKey> key() {
        if (keyFile.isEmpty() || keyFile.get().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(CheckpointKey.read(Path.of(keyFile.get())));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warning("Audit checkpoint key unusable: " + e.getMessage());
            return Optional.empty();
        }
    }
}

package org.tenfold.backup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tenfold.backup.BackupWriter.Source;

/**
 * Where backups go and how they are made, from the server's environment (the launcher sets them for the
 * run command): TENFOLD_BACKUP_DIR, TENFOLD_BACKUP_KEY_FILE (the operator's key, never inside the backup
 * folder), TENFOLD_BACKUP_DUMP_TOOL (mariadb-dump or mysqldump), and a read-only database account
 * TENFOLD_BACKUP_DB_USER / TENFOLD_BACKUP_DB_PASSWORD. The database's address is the pool's.
 */
@ApplicationScoped
public class BackupConfig {

    @Inject
    @ConfigProperty(name = "tenfold.backup.dir")
    Optional<String> dir;

    @Inject
    @ConfigProperty(name = "tenfold.backup.key-file")
    Optional<String> keyFile;

    @Inject
    @ConfigProperty(name = "tenfold.backup.dump-tool", defaultValue = "mysqldump")
    String dumpTool;

    @Inject
    @ConfigProperty(name = "tenfold.backup.db-user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "tenfold.backup.db-password")
    Optional<String> password;

    @Resource(lookup = "jdbc/tenfold-owner")
    DataSource owner;

    /** What is missing before a backup can be made; empty when all is set. */
    public Optional<String> missing() {
        if (dir.isEmpty() || dir.get().isBlank()) {
            return Optional.of("no backup folder is set (TENFOLD_BACKUP_DIR)");
        }
        if (keyFile.isEmpty() || keyFile.get().isBlank()) {
            return Optional.of("no backup key is set (TENFOLD_BACKUP_KEY_FILE)");
        }
        if (user.isEmpty() || password.isEmpty()) {
            return Optional.of("no database account for backups is set (TENFOLD_BACKUP_DB_USER, TENFOLD_BACKUP_DB_PASSWORD)");
        }
        return Optional.empty();
    }

    public Path folder() {
        return Path.of(dir.orElseThrow());
    }

    public Path keyFile() {
        return Path.of(keyFile.orElseThrow());
    }

    /** The dump's source: the pool's host, port and database, with the backup account. */
    public Source source() throws SQLException {
        String url;
        String database;
        try (Connection c = owner.getConnection()) {
            url = c.getMetaData().getURL();
            database = c.getCatalog();
        }
        URI uri = URI.create(url.substring("jdbc:".length()));
        return new Source(Path.of(dumpTool), uri.getHost(), uri.getPort() < 0 ? 3306 : uri.getPort(), database,
                user.orElseThrow(), password.orElseThrow());
    }
}

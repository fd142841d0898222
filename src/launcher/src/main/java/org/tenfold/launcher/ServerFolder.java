package org.tenfold.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;

/**
 * The installation's own secrets beside its data: Payara's administrator password and the HTTPS key
 * pair. {@code TENFOLD_SERVER_DIR}, by default the folder {@code server} next to the data folder
 * ({@code ~/.local/share/tenfold/server}). The folder is 0700 and each secret in it 0600.
 */
public final class ServerFolder {

    private ServerFolder() {
    }

    static Path forRun(Map<String, String> env, Path dataDir) {
        String configured = env.get("TENFOLD_SERVER_DIR");
        return configured == null || configured.isBlank() ? dataDir.toAbsolutePath().resolveSibling("server")
                : Path.of(configured);
    }

    /** The test (and benchmark) server's folder: made afresh with its database at every start. */
    public static Path forTests(Path root, int offset) {
        return root.resolve("src/launcher/target/it-mariadb-" + offset + "/server");
    }

    /** The asadmin password file of a prepared folder (AS_ADMIN_PASSWORD=...), for tools that administer it. */
    public static Path adminPasswordFile(Path folder) {
        return folder.resolve(AdminAccess.FILE);
    }

    /** The public HTTPS certificate (PEM) of a prepared folder, for clients that should trust exactly it. */
    public static Path certificate(Path folder) {
        return folder.resolve(TlsCertificate.PUBLIC_PEM);
    }

    static void create(Path folder) throws IOException {
        Files.createDirectories(folder);
        if (AdminAccess.posix(folder)) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    static void ownerOnly(Path file) throws IOException {
        if (AdminAccess.posix(file)) {
            Files.setPosixFilePermissions(file, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        }
    }

    /** Writes a file that is never readable by anyone but its owner, not even for a moment. */
    static void writeSecret(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        if (AdminAccess.posix(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(
                    Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)));
        }
        Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        ownerOnly(file);
    }
}

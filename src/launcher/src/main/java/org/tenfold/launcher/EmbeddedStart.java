package org.tenfold.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.tenfold.records.SecretFiles;

/**
 * The files around an embedded database's start: its credentials (made at the first start, or when an
 * older data folder without them is first started: then the folder is secured in place), the init file
 * that gives root its password, the process id file, and the one folder SQL may read or write files in.
 */
final class EmbeddedStart {

    private EmbeddedStart() {
    }

    static EmbeddedCredentials credentials(Path dataDir, boolean fresh) throws IOException {
        if (EmbeddedCredentials.exist(dataDir)) {
            return EmbeddedCredentials.read(dataDir);
        }
        if (!fresh) {
            Log.step("This data folder was made without database passwords: securing it now (accounts with generated"
                    + " passwords in " + EmbeddedCredentials.file(dataDir) + ")");
        }
        EmbeddedCredentials credentials = EmbeddedCredentials.generate();
        credentials.write(dataDir);
        return credentials;
    }

    /** Run by the server at start-up with full rights, then deleted: only root's password is in it. */
    static Path initFile(Path dataDir, EmbeddedCredentials credentials) throws IOException {
        Path init = dataDir.resolveSibling(dataDir.getFileName() + ".init.sql");
        SecretFiles.write(init, credentials.bootstrapSql());
        return init;
    }

    static Path pidFile(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + ".pid");
    }

    /** LOAD_FILE, LOAD DATA and SELECT ... INTO OUTFILE reach only this empty folder, never the key files. */
    static Path fileFolder(Path dataDir) throws IOException {
        return Files.createDirectories(dataDir.resolveSibling(dataDir.getFileName() + ".sqlfiles"));
    }

    /** Where the keys of a data folder live for the run command: beside it, never inside the backup folder. */
    static Path keyFolder(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + "-keys");
    }

    /** The root account's settings of a data folder, when it has credentials. */
    static Optional<DatabaseSettings> root(Path dataDir, DatabaseSettings db) {
        try {
            return EmbeddedCredentials.exist(dataDir)
                    ? Optional.of(EmbeddedCredentials.read(dataDir).as(db, EmbeddedCredentials.ROOT_USER))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Stops a server an earlier run left on this data folder: asks it (as root), and failing that ends the
     * process named in its pid file.
     *
     * @return whether one was running
     */
    static boolean stopLeftover(Path dataDir, DatabaseSettings db) {
        Optional<DatabaseSettings> root = root(dataDir, db);
        if (root.isPresent() && EmbeddedDatabase.shutdown(root.get())) {
            awaitExit(dataDir);
            return true;
        }
        Optional<ProcessHandle> process = pid(pidFile(dataDir)).flatMap(ProcessHandle::of)
                .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd")).orElse(false));
        if (process.isEmpty()) {
            return false;
        }
        process.get().destroy();
        awaitExit(dataDir);
        if (process.get().isAlive()) {
            process.get().destroyForcibly();
        }
        return true;
    }

    private static void awaitExit(Path dataDir) {
        Optional<ProcessHandle> process = pid(pidFile(dataDir)).flatMap(ProcessHandle::of);
        process.ifPresent(p -> {
            try {
                p.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                // still running: the caller decides
            }
        });
    }

    static Optional<Long> pid(Path file) {
        try {
            return Optional.of(Long.parseLong(Files.readString(file).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}

package org.tenfold.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Before a start: a port still held by a process of this checkout (a Payara or MariaDB an earlier run
 * left behind) is freed by ending that process; a port held by anything else stops the start with the
 * holder's process id and command line, so the operator knows exactly what to stop.
 */
final class Leftovers {

    private Leftovers() {
    }

    /**
     * @param ours a folder whose processes are ours to end (the unpacked Payara, the data folder)
     * @throws IllegalStateException when a foreign process holds the port
     */
    static void clearPort(int port, String what, Path... ours) {
        Optional<ProcessHandle> holder = holder(port);
        if (holder.isEmpty()) {
            return;
        }
        ProcessHandle p = holder.get();
        String commandLine = p.info().commandLine().orElse(p.info().command().orElse("?"));
        boolean own = Stream.of(ours).map(o -> o.toAbsolutePath().normalize().toString()).anyMatch(commandLine::contains);
        if (!own) {
            throw new IllegalStateException("port " + port + " (" + what + ") is held by process " + p.pid() + ": "
                    + shorten(commandLine) + " — stop it, or move Tenfold's ports");
        }
        Log.step("Ending process " + p.pid() + " left on port " + port + " by an earlier run (" + what + ")");
        p.destroy();
        try {
            p.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            p.destroyForcibly();
            p.onExit().join();
        }
    }

    /** The process listening on a TCP port of this machine, read from /proc (Linux). */
    static Optional<ProcessHandle> holder(int port) {
        String hexPort = String.format(Locale.ROOT, ":%04X", port);
        String inode = null;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] f = line.strip().split("\\s+");
                    if (f.length > 9 && f[1].endsWith(hexPort) && f[3].equals("0A")) { // 0A: LISTEN
                        inode = f[9];
                    }
                }
            } catch (IOException e) {
                // not Linux, or no IPv6
            }
        }
        if (inode == null) {
            return Optional.empty();
        }
        String socket = "socket:[" + inode + "]";
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path proc : (Iterable<Path>) processes.filter(p -> p.getFileName().toString().matches("\\d+"))::iterator) {
                try (Stream<Path> fds = Files.list(proc.resolve("fd"))) {
                    if (fds.anyMatch(fd -> {
                        try {
                            return Files.readSymbolicLink(fd).toString().equals(socket);
                        } catch (IOException e) {
                            return false;
                        }
                    })) {
                        return ProcessHandle.of(Long.parseLong(proc.getFileName().toString()));
                    }
                } catch (IOException | SecurityException e) {
                    // gone, or another user's
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String shorten(String commandLine) {
        return commandLine.length() > 300 ? commandLine.substring(0, 300) + "…" : commandLine;
    }
}

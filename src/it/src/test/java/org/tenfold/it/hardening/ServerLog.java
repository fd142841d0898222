package org.tenfold.it.hardening;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.tenfold.it.TestServer;

/**
 * The test server's log from a point on: what a test's requests made the server write. The log is
 * written by a background thread, so reading waits (polling, bounded) for a marker line the test caused.
 */
public final class ServerLog {

    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [a-zA-Z_$][\\w$.]*\\(");

    private final Path file;
    private final long start;

    private ServerLog(Path file, long start) {
        this.file = file;
        this.start = start;
    }

    /** Remembers where the log ends now. */
    public static ServerLog fromNow() {
        Path file = TestServer.serverLog();
        try {
            return new ServerLog(file, Files.size(file));
        } catch (IOException e) {
            throw new IllegalStateException("The test server's log " + file + " cannot be read", e);
        }
    }

    /** What was written since, once it contains the marker (waits up to 30 s for it). */
    public String untilMarker(String marker) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String text = read();
        while (!text.contains(marker) && System.nanoTime() < deadline) {
            pause();
            text = read();
        }
        assertTrue(text.contains(marker), "the marker '" + marker + "' reached the server log " + file);
        return text;
    }

    /** No SEVERE entry and no stack trace in what was written. */
    public static void assertClean(String written, List<String> sent) {
        assertTrue(!written.contains("[SEVERE]") && !STACK_FRAME.matcher(written).find(),
                "the hostile requests " + sent + " left errors in the server log:\n" + abbreviated(written));
    }

    private String read() {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long length = f.length();
            if (length <= start) {
                return "";
            }
            f.seek(start);
            byte[] bytes = new byte[(int) Math.min(length - start, 8_000_000)];
            f.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviated(String s) {
        return s.length() > 6000 ? s.substring(0, 6000) + "\n..." : s;
    }

    /** Between two reads of the log while waiting for the marker. */
    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package org.tenfold.backup;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the rows of each table in a dump as it passes: the manifest states what the dump itself holds
 * (taken in the dump's own snapshot), not what a second query saw a moment later. Reads the format
 * mariadb-dump and mysqldump write: a {@code CREATE TABLE `t`} per table and extended inserts
 * {@code INSERT INTO `t` VALUES (...),(...);} (mysqldump: on one line; mariadb-dump 11: a row a line),
 * strings quoted with backslash escapes; a statement ends at the first semicolon outside rows and strings.
 */
public final class DumpRowCounter extends FilterOutputStream {

    private static final byte[] INSERT = "INSERT INTO `".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CREATE = "CREATE TABLE `".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] VALUES = "VALUES".getBytes(StandardCharsets.US_ASCII);

    private enum Mode { LINE_START, NAME, SKIP_LINE, BEFORE_VALUES, VALUES }

    private final Map<String, Long> rows = new TreeMap<>();
    private Mode mode = Mode.LINE_START;
    private final ByteArrayOutputStream head = new ByteArrayOutputStream();
    private boolean inserting;
    private String table;
    private int valuesMatched;
    private int depth;
    private boolean inString;
    private boolean escaped;

    public DumpRowCounter(OutputStream out) {
        super(out);
    }

    /** Table → rows, every table the dump creates included (0 when it holds none). */
    public Map<String, Long> rows() {
        return Map.copyOf(rows);
    }

    @Override
    public void write(int b) throws IOException {
        see((byte) b);
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            see(b[i]);
        }
        out.write(b, off, len);
    }

    private void see(byte b) {
        switch (mode) {
            case LINE_START -> {
                if (b == '\n') {
                    head.reset();
                    return;
                }
                head.write(b);
                byte[] h = head.toByteArray();
                boolean insert = startsLike(h, INSERT);
                boolean create = startsLike(h, CREATE);
                if (!insert && !create) {
                    mode = Mode.SKIP_LINE;
                } else if (h.length == INSERT.length && insert || h.length == CREATE.length && create) {
                    inserting = insert;
                    head.reset();
                    mode = Mode.NAME;
                }
            }
            case NAME -> {
                if (b == '`') {
                    table = head.toString(StandardCharsets.UTF_8);
                    head.reset();
                    rows.putIfAbsent(table, 0L);
                    mode = inserting ? Mode.BEFORE_VALUES : Mode.SKIP_LINE;
                    valuesMatched = 0;
                } else {
                    head.write(b);
                }
            }
            case SKIP_LINE -> {
                if (b == '\n') {
                    head.reset();
                    mode = Mode.LINE_START;
                }
            }
            case BEFORE_VALUES -> {
                valuesMatched = b == VALUES[valuesMatched] ? valuesMatched + 1 : (b == VALUES[0] ? 1 : 0);
                if (valuesMatched == VALUES.length) {
                    mode = Mode.VALUES;
                    depth = 0;
                    inString = false;
                    escaped = false;
                } else if (b == ';') {
                    mode = Mode.SKIP_LINE;
                }
            }
            case VALUES -> values(b);
        }
    }

    private void values(byte b) {
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (b == '\\') {
                escaped = true;
            } else if (b == '\'') {
                inString = false;
            }
            return;
        }
        switch (b) {
            case '\'' -> inString = true;
            case '(' -> {
                if (depth++ == 0) {
                    rows.merge(table, 1L, Long::sum);
                }
            }
            case ')' -> depth--;
            case ';' -> {
                if (depth == 0) {
                    mode = Mode.SKIP_LINE; // the rest of the line, then the next statement
                }
            }
            default -> {
                // numbers, NULL, 0x… hex, commas
            }
        }
    }

    private static boolean startsLike(byte[] h, byte[] prefix) {
        int n = Math.min(h.length, prefix.length);
        for (int i = 0; i < n; i++) {
            if (h[i] != prefix[i]) {
                return false;
            }
        }
        return h.length <= prefix.length;
    }
}

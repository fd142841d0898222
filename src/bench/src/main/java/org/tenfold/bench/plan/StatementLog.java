package org.tenfold.bench.plan;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every statement the application sends to the database while an action runs, from MariaDB's general
 * log written to a table; the bench's own connection (which switches the log on and off) is left
 * out. The pool uses client-side prepared statements, so the log holds the literal SQL. Only for the
 * bench's own throw-away database: it switches a global log on and off. What it counts is only
 * meaningful on an otherwise idle server.
 */
public final class StatementLog {

    /** One statement as the server received it. */
    public record Logged(long thread, String command, String sql) {

        /** SELECT, INSERT, UPDATE, DELETE, SET, COMMIT, ... or the protocol command (Ping, Connect). */
        public String kind() {
            if (!command.equals("Query") && !command.equals("Execute")) {
                return command;
            }
            String s = sql.stripLeading().replaceFirst("^/\\*.*?\\*/\\s*", "");
            int end = 0;
            while (end < s.length() && Character.isLetter(s.charAt(end))) {
                end++;
            }
            return s.substring(0, end).toUpperCase(Locale.ROOT);
        }

        public boolean isSelect() {
            return kind().equals("SELECT");
        }
    }

    /** Something that makes the application talk to the database, e.g. one HTTP call. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    private StatementLog() {
    }

    public static List<Logged> capture(Connection db, Action action) throws Exception {
        try (Statement s = db.createStatement()) {
            long self;
            try (ResultSet rs = s.executeQuery("SELECT CONNECTION_ID()")) {
                rs.next();
                self = rs.getLong(1);
            }
            s.execute("SET GLOBAL general_log = 0");
            s.execute("SET GLOBAL log_output = 'TABLE'");
            s.execute("TRUNCATE TABLE mysql.general_log");
            s.execute("SET GLOBAL general_log = 1");
            try {
                action.run();
            } finally {
                s.execute("SET GLOBAL general_log = 0");
            }
            List<Logged> logged = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT thread_id, command_type, CONVERT(argument USING utf8mb4)"
                    + " FROM mysql.general_log ORDER BY event_time")) {
                while (rs.next()) {
                    if (rs.getLong(1) != self) {
                        logged.add(new Logged(rs.getLong(1), rs.getString(2), rs.getString(3).strip()));
                    }
                }
            }
            s.execute("TRUNCATE TABLE mysql.general_log");
            return logged;
        }
    }

    /** "2 SELECT, 1 SET, 1 COMMIT": the statements by kind, in order of first appearance. */
    public static String byKind(List<Logged> statements) {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        statements.forEach(l -> counts.merge(l.kind(), 1, Integer::sum));
        return counts.isEmpty() ? "none" : counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(java.util.stream.Collectors.joining(", "));
    }
}

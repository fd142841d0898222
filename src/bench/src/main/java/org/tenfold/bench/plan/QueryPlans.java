package org.tenfold.bench.plan;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Captures the SELECTs on {@code client} that the application sends while an action runs, and
 * explains them. The statements come from MariaDB's general log (to a table), because the
 * application's SQL is built by EclipseLink from a criteria query: guessing it by hand would explain
 * a query nobody runs. The pool uses client-side prepared statements, so the log holds the literal
 * SQL, ready for EXPLAIN. Only for the bench's own throw-away database: it switches a global log on
 * and off.
 */
public final class QueryPlans {

    /** Something that makes the application query, e.g. one HTTP call. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    /** One row of EXPLAIN (or ANALYZE, which adds {@code rRows}, the rows really read): how one table is read. */
    public record PlanRow(String table, String type, String key, String rows, String rRows, String extra) {
        /** A full table scan ({@code ALL}) or a full index scan ({@code index}). */
        public boolean scansEverything() {
            return "ALL".equalsIgnoreCase(type) || "index".equalsIgnoreCase(type);
        }
    }

    /** A captured statement and its plan. */
    public record ExplainedQuery(String sql, List<PlanRow> plan) {
        public boolean scansEverything() {
            return plan.stream().anyMatch(PlanRow::scansEverything);
        }
    }

    private QueryPlans() {
    }

    public static List<ExplainedQuery> captureAndExplain(Connection db, Action action) throws Exception {
        List<String> statements = capture(db, action);
        List<ExplainedQuery> explained = new ArrayList<>();
        for (String sql : statements) {
            explained.add(new ExplainedQuery(sql, explain(db, sql)));
        }
        return explained;
    }

    static List<String> capture(Connection db, Action action) throws Exception {
        List<String> selects = new ArrayList<>();
        for (StatementLog.Logged l : StatementLog.capture(db, action::run)) {
            String lower = l.sql().toLowerCase(Locale.ROOT);
            if (l.isSelect() && lower.matches("(?s).*\\bfrom\\s+client\\b.*")) {
                selects.add(l.sql());
            }
        }
        return selects;
    }

    /**
     * Runs the statement through MariaDB's ANALYZE: the plan with the rows each step really read
     * ({@code r_rows}), which shows whether a query's cost grows with the table.
     */
    public static List<PlanRow> analyze(Connection db, String sql) throws SQLException {
        return plan(db, "ANALYZE " + sql);
    }

    static List<PlanRow> explain(Connection db, String sql) throws SQLException {
        return plan(db, "EXPLAIN " + sql);
    }

    private static List<PlanRow> plan(Connection db, String statement) throws SQLException {
        List<PlanRow> rows = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(statement)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                rows.add(new PlanRow(column(rs, meta, "table"), column(rs, meta, "type"), column(rs, meta, "key"),
                        column(rs, meta, "rows"), column(rs, meta, "r_rows"), column(rs, meta, "Extra")));
            }
        }
        return rows;
    }

    private static String column(ResultSet rs, ResultSetMetaData meta, String label) throws SQLException {
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            if (meta.getColumnLabel(i).equalsIgnoreCase(label)) {
                String v = rs.getString(i);
                return v == null ? "" : v;
            }
        }
        return "";
    }
}

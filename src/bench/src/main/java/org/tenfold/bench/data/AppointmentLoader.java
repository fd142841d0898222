package org.tenfold.bench.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Bulk-loads generated series and appointments with their clients over JDBC: explicit ids, multi-row
 * INSERTs (rewriteBatchedStatements), a commit every {@link ClientLoader#BATCH} appointments.
 */
public final class AppointmentLoader {

    private static final String INSERT_SERIES = "INSERT INTO appointment_series (id, recurrence, local_start_time,"
            + " time_zone, created_by, created_at) VALUES (?, 'WEEKLY', ?, ?, 'frontdesk', ?)";
    private static final String INSERT_APPOINTMENT = """
            INSERT INTO appointment (id, series_id, counsellor_id, room_id, video_link, type, starts_at, ends_at,
                status, cancel_reason, cancelled_by, cancelled_at, front_desk_note, created_by, created_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'frontdesk', ?, 0)""";
    private static final String INSERT_CLIENT = "INSERT INTO appointment_client (appointment_id, client_id) VALUES (?, ?)";

    private AppointmentLoader() {
    }

    /** The next free ids of appointment and appointment_series. */
    public static long[] nextIds(Connection c) throws SQLException {
        return new long[] {count(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM appointment"),
            count(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM appointment_series")};
    }

    public static long countAppointments(Connection c) throws SQLException {
        return count(c, "SELECT COUNT(*) FROM appointment");
    }

    /** Inserts the series rows; returns the milliseconds it took. */
    public static long insertSeries(Connection c, List<GeneratedSeries> series) throws SQLException {
        long start = System.nanoTime();
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement insert = c.prepareStatement(INSERT_SERIES)) {
            int n = 0;
            for (GeneratedSeries s : series) {
                insert.setLong(1, s.id());
                insert.setObject(2, s.localStartTime());
                insert.setString(3, s.timeZone());
                insert.setObject(4, s.createdAt());
                insert.addBatch();
                if (++n % ClientLoader.BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Inserts the appointments and their client rows; returns the milliseconds it took. */
    public static long insert(Connection c, List<GeneratedAppointment> appointments) throws SQLException {
        long start = System.nanoTime();
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement insert = c.prepareStatement(INSERT_APPOINTMENT);
                PreparedStatement clients = c.prepareStatement(INSERT_CLIENT)) {
            int n = 0;
            for (GeneratedAppointment a : appointments) {
                bind(insert, a);
                insert.addBatch();
                for (Long client : a.clientIds()) {
                    clients.setLong(1, a.id());
                    clients.setLong(2, client);
                    clients.addBatch();
                }
                if (++n % ClientLoader.BATCH == 0 || n == appointments.size()) {
                    insert.executeBatch();
                    clients.executeBatch();
                    c.commit();
                }
            }
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Fresh index statistics after a bulk load. */
    public static void analyze(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE TABLE appointment, appointment_client, appointment_series");
        }
    }

    private static void bind(PreparedStatement p, GeneratedAppointment a) throws SQLException {
        int i = 0;
        p.setLong(++i, a.id());
        p.setObject(++i, a.seriesId());
        p.setLong(++i, a.counsellorId());
        p.setObject(++i, a.roomId());
        p.setString(++i, a.videoLink());
        p.setString(++i, a.type());
        p.setObject(++i, a.startsAt());
        p.setObject(++i, a.endsAt());
        p.setString(++i, a.status());
        p.setString(++i, a.cancelReason());
        p.setString(++i, a.cancelledBy());
        p.setObject(++i, a.cancelledAt());
        p.setString(++i, a.frontDeskNote());
        p.setObject(++i, a.createdAt());
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

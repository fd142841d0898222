package org.tenfold.bench.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The clinic the appointments are for: counsellors (staff rows with the COUNSELLOR role, signing in
 * with the demo password) with their weekly working hours, and enough rooms for them. Usernames are
 * {@code bench-counsellor-01} and on; a database that already has them keeps them.
 */
public final class ClinicLoader {

    public static final String USERNAME_PREFIX = "bench-counsellor-";
    /** The demo account whose password hash the generated counsellors share (same password, one slow hash). */
    private static final String PASSWORD_FROM = "counsellor";

    /** Five kinds of week: full days, long days on four, late days, split days, and part-time mornings. */
    private static final List<List<CounsellorPlan.Block>> WEEKS = List.of(
            blocks(days(1, 2, 3, 4, 5), "09:00", "18:00"),
            blocks(days(1, 2, 3, 4), "08:00", "18:00"),
            blocks(days(2, 3, 4, 5), "11:00", "20:00"),
            join(blocks(days(1, 2, 3, 4, 5), "08:00", "12:30"), blocks(days(1, 2, 3, 4, 5), "13:30", "18:00")),
            join(blocks(days(1, 2, 4, 5), "09:00", "13:00"), blocks(days(1, 2, 4, 5), "14:00", "19:00")));

    private ClinicLoader() {
    }

    /** The counsellors' names and weeks, without ids: what {@link #counsellors} inserts. */
    static List<CounsellorPlan> plans(int count) {
        List<CounsellorPlan> plans = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String first = FictionalPeople.FIRST_NAMES.get((i * 7) % FictionalPeople.FIRST_NAMES.size());
            String last = FictionalPeople.LAST_NAMES.get((i * 11) % FictionalPeople.LAST_NAMES.size());
            plans.add(new CounsellorPlan(0, String.format(Locale.ROOT, "%s%02d", USERNAME_PREFIX, i), first + " " + last,
                    WEEKS.get((i - 1) % WEEKS.size())));
        }
        return plans;
    }

    /** Inserts the counsellors that are missing, with their role and hours; returns all of them with ids. */
    public static List<CounsellorPlan> counsellors(Connection c, int count) throws SQLException {
        String hash = single(c, "SELECT password_hash FROM staff WHERE username = '" + PASSWORD_FROM + "'");
        if (hash == null) {
            throw new IllegalStateException("The demo account '" + PASSWORD_FROM + "' is missing: the bench server must"
                    + " start with demo data");
        }
        List<CounsellorPlan> loaded = new ArrayList<>();
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement staff = c.prepareStatement("INSERT INTO staff (username, display_name, email,"
                + " password_hash, active, failed_logins, created_at, version) VALUES (?, ?, ?, ?, TRUE, 0, ?, 0)",
                Statement.RETURN_GENERATED_KEYS);
                PreparedStatement role = c.prepareStatement("INSERT INTO staff_role (staff_id, role) VALUES (?, 'COUNSELLOR')");
                PreparedStatement hours = c.prepareStatement("INSERT INTO working_hours (staff_id, day_of_week,"
                        + " start_time, end_time) VALUES (?, ?, ?, ?)")) {
            for (CounsellorPlan p : plans(count)) {
                String existing = single(c, "SELECT id FROM staff WHERE username = '" + p.username() + "'");
                long id;
                if (existing != null) {
                    id = Long.parseLong(existing);
                } else {
                    staff.setString(1, p.username());
                    staff.setString(2, p.displayName());
                    staff.setString(3, p.username() + "@example.org");
                    staff.setString(4, hash);
                    staff.setObject(5, LocalDateTime.now(ZoneOffset.UTC).withNano(0));
                    staff.executeUpdate();
                    try (ResultSet keys = staff.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    role.setLong(1, id);
                    role.executeUpdate();
                    for (CounsellorPlan.Block b : p.hours()) {
                        hours.setLong(1, id);
                        hours.setInt(2, b.day().getValue());
                        hours.setObject(3, b.start());
                        hours.setObject(4, b.end());
                        hours.addBatch();
                    }
                    hours.executeBatch();
                }
                loaded.add(new CounsellorPlan(id, p.username(), p.displayName(), p.hours()));
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
        return loaded;
    }

    /**
     * The generated clinic's own rooms ("Bench room 1", ...), made when missing; returns their ids. The
     * demo clinic's rooms are left out: its sessions were not generated, so generated ones could meet them.
     */
    public static List<Long> rooms(Connection c, int total) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id FROM room WHERE active AND name LIKE 'Bench room %' ORDER BY id")) {
                while (rs.next() && ids.size() < total) {
                    ids.add(rs.getLong(1));
                }
            }
            for (int n = ids.size() + 1; ids.size() < total; n++) {
                s.executeUpdate("INSERT INTO room (name, active, version) VALUES ('Bench room " + n + "', TRUE, 0)",
                        Statement.RETURN_GENERATED_KEYS);
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    ids.add(keys.getLong(1));
                }
            }
        }
        return ids;
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static List<DayOfWeek> days(int... isoDays) {
        List<DayOfWeek> out = new ArrayList<>();
        for (int d : isoDays) {
            out.add(DayOfWeek.of(d));
        }
        return out;
    }

    private static List<CounsellorPlan.Block> blocks(List<DayOfWeek> days, String from, String to) {
        return days.stream().map(d -> new CounsellorPlan.Block(d, LocalTime.parse(from), LocalTime.parse(to))).toList();
    }

    private static List<CounsellorPlan.Block> join(List<CounsellorPlan.Block> a, List<CounsellorPlan.Block> b) {
        List<CounsellorPlan.Block> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}

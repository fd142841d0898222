package org.tenfold.bench;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.tenfold.bench.data.AppointmentFactory;
import org.tenfold.bench.data.AppointmentLoader;
import org.tenfold.bench.data.ClinicLoader;
import org.tenfold.bench.data.CounsellorPlan;
import org.tenfold.bench.data.GeneratedAppointment;
import org.tenfold.bench.load.LoadDriver;
import org.tenfold.bench.load.Probe;
import org.tenfold.bench.load.Samples;
import org.tenfold.bench.load.Scenario;
import org.tenfold.bench.load.ScreenSession;
import org.tenfold.bench.load.TenfoldHttp;
import org.tenfold.bench.plan.QueryPlans;
import org.tenfold.bench.plan.StatementLog;

/**
 * The scheduling part of the run: the clinic generated and loaded (20 counsellors, 100,000
 * appointments), the SQL statements of one calendar render counted at 1,000 and at 100,000
 * appointments, the counsellor week view and the clinic day view as load scenarios (measured in the
 * same rounds as the floor), and booking throughput through the API with full durability.
 */
final class SchedulingBench {

    static final int COUNSELLORS = 20;
    static final int ROOMS = 12;
    private static final long SEED = 20261127L;
    private static final String PASSWORD = "tenfold-demo-only";
    private static final String FRONT_DESK = "frontdesk";
    private static final int WEEKS_AHEAD = 16;

    private final BenchSettings settings;
    private final TenfoldHttp http;
    private final Report report;
    private final Connection db;
    private final ZoneId zone;
    private final LocalDate today;
    private List<CounsellorPlan> counsellors;
    private List<Long> rooms;
    private long firstClient;
    private ScreenSession.View week;
    private ScreenSession.View busyDay;
    private final List<String> statementRows = new ArrayList<>();

    SchedulingBench(BenchSettings settings, TenfoldHttp http, Report report, Connection db) throws SQLException {
        this.settings = settings;
        this.http = http;
        this.report = report;
        this.db = db;
        this.zone = ZoneId.of(text("SELECT setting_value FROM clinic_setting WHERE setting_key = 'TIME_ZONE'"));
        this.today = LocalDate.now(zone);
    }

    // ---- data and statement counts -----------------------------------------------------------------

    /** Loads the clinic, counting a render's statements after the first 1,000 appointments and after all. */
    void load() throws Exception {
        counsellors = ClinicLoader.counsellors(db, COUNSELLORS);
        rooms = ClinicLoader.rooms(db, ROOMS);
        firstClient = number("SELECT MIN(id) FROM client");
        long lastClient = number("SELECT MAX(id) FROM client");
        if (number("SELECT COUNT(*) FROM client") != lastClient - firstClient + 1) {
            throw new IllegalStateException("Client ids have gaps: the generator draws clients from an id range");
        }
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        week = ScreenSession.View.of(monday, monday.plusDays(7));
        long existing = AppointmentLoader.countAppointments(db);
        ScreenSession counsellor = ScreenSession.signIn(http, counsellors.get(0).username(), PASSWORD);
        ScreenSession frontDesk = ScreenSession.signIn(http, FRONT_DESK, PASSWORD);
        if (existing >= settings.appointments()) {
            busyDay = day(busiestDay(monday));
            report.data(String.format(Locale.ROOT, "%,d appointments already in the database (none loaded)", existing));
            countStatements(counsellor, frontDesk);
        } else {
            long[] ids = AppointmentLoader.nextIds(db);
            Instant now = Instant.now();
            long started = System.nanoTime();
            AppointmentFactory.Generated generated = AppointmentFactory.generate(
                    new AppointmentFactory.Clinic(counsellors, rooms, firstClient, (int) (lastClient - firstClient + 1),
                            zone),
                    new AppointmentFactory.Request(today.minusYears(3), today.plusWeeks(WEEKS_AHEAD), now,
                            settings.appointments(), ids[0], ids[1], SEED));
            long generatedMillis = (System.nanoTime() - started) / 1_000_000;
            busyDay = day(busiestDay(generated.appointments(), monday));
            int step = Math.max(1, settings.appointments() / settings.appointmentsFirst());
            List<GeneratedAppointment> first = new ArrayList<>();
            List<GeneratedAppointment> rest = new ArrayList<>();
            for (int i = 0; i < generated.appointments().size(); i++) {
                (i % step == 0 && first.size() < settings.appointmentsFirst() ? first : rest)
                        .add(generated.appointments().get(i));
            }
            Bench.step("Loading " + generated.series().size() + " series and the first " + first.size()
                    + " of " + generated.appointments().size() + " appointments");
            long millis = AppointmentLoader.insertSeries(db, generated.series());
            millis += AppointmentLoader.insert(db, first);
            AppointmentLoader.analyze(db);
            countStatements(counsellor, frontDesk);
            Bench.step("Loading the other " + rest.size() + " appointments");
            millis += AppointmentLoader.insert(db, rest);
            AppointmentLoader.analyze(db);
            List<GeneratedAppointment> all = generated.appointments();
            report.data(String.format(Locale.ROOT, "A clinic of %d counsellors (5 kinds of working week), %d rooms and"
                            + " %,d appointments from %s to %s (weekdays, in working hours, no counsellor, room or"
                            + " client twice at once): %.0f %% couples, %.0f %% in %,d weekly series, %.0f %% by video,"
                            + " %.0f %% cancelled or late-cancelled, %.0f %% no-shows; generated in %.1f s, loaded in"
                            + " %.1f s (multi-row INSERTs)", counsellors.size(), rooms.size(), all.size(),
                    all.get(0).startsAt().toLocalDate(), all.get(all.size() - 1).startsAt().toLocalDate(),
                    share(all, a -> a.clientIds().size() == 2), share(all, a -> a.seriesId() != null),
                    generated.series().size(), share(all, a -> a.roomId() == null), share(all, a -> !a.holdsSlot()),
                    share(all, a -> a.status().equals("NO_SHOW")), generatedMillis / 1000.0, millis / 1000.0));
            countStatements(counsellor, frontDesk);
        }
        section("### SQL statements per calendar render (general log, otherwise idle server)",
                "What the server sent to MariaDB for one render, apart from the bench's own connection. The"
                        + " events request is the schedule's fetch of the visible range (GET /schedule/calendar-events,"
                        + " JSON; goal: at most 3 statements, the same at 1,000 and at 100,000 appointments); the page GET is listed for"
                        + " completeness. *Rows read* is what MariaDB's ANALYZE reports the calendar SELECT really"
                        + " read (r_rows, summed over its tables).\n\n"
                        + "| view | appointments | events request | SELECTs | events shown / in the database | rows read |"
                        + " page GET |\n| --- | ---: | --- | ---: | ---: | ---: | --- |\n"
                        + String.join("\n", statementRows));
    }

    private void countStatements(ScreenSession counsellor, ScreenSession frontDesk) throws Exception {
        long appointments = AppointmentLoader.countAppointments(db);
        count("counsellor week view (own)", counsellor, week, counsellors.get(0).id(), appointments);
        count("clinic day view (front desk)", frontDesk, busyDay, null, appointments);
    }

    private void count(String name, ScreenSession session, ScreenSession.View view, Long counsellorId, long appointments)
            throws Exception {
        var client = http.client();
        session.events(client, session.page(client, view), view); // warm: first-use work is not per render
        ScreenSession.Loaded[] page = new ScreenSession.Loaded[1];
        List<StatementLog.Logged> pageSql = StatementLog.capture(db, () -> page[0] = session.page(client, view));
        String[] json = new String[1];
        List<StatementLog.Logged> eventSql = StatementLog.capture(db, () -> json[0] = session.events(client, page[0], view));
        int shown = ScreenSession.countEvents(json[0]);
        long expected = inRange(view, counsellorId);
        long rowsRead = 0;
        for (StatementLog.Logged l : eventSql) {
            if (l.isSelect() && l.sql().toLowerCase(Locale.ROOT).contains("from appointment")) {
                rowsRead += QueryPlans.analyze(db, l.sql()).stream().mapToLong(r -> parse(r.rRows())).sum();
                report.note("Calendar SELECT of the " + name + " at " + String.format(Locale.ROOT, "%,d", appointments)
                        + " appointments: `" + abbreviate(l.sql(), 600) + "`");
            }
        }
        report.note("Statements of one events request, " + name + ", " + String.format(Locale.ROOT, "%,d", appointments)
                + " appointments: " + shapes(eventSql) + ". Of the page GET: " + shapes(pageSql) + ".");
        statementRows.add(String.format(Locale.ROOT, "| %s, %s | %,d | %d: %s | %d | %d / %d | %,d | %d: %s |", name,
                view.date(), appointments, eventSql.size(), StatementLog.byKind(eventSql),
                eventSql.stream().filter(StatementLog.Logged::isSelect).count(), shown, expected, rowsRead,
                pageSql.size(), StatementLog.byKind(pageSql)));
        Bench.step(statementRows.get(statementRows.size() - 1));
    }

    /** Appointments the view's range should show: the same overlap rule as the calendar. */
    private long inRange(ScreenSession.View view, Long counsellorId) throws SQLException {
        LocalDateTime from = view.date().atStartOfDay(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        LocalDate endDay = LocalDate.parse(view.end().substring(0, 10));
        LocalDateTime to = endDay.atStartOfDay(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        try (PreparedStatement s = db.prepareStatement("SELECT COUNT(*) FROM appointment WHERE starts_at < ?"
                + " AND ends_at > ?" + (counsellorId == null ? "" : " AND counsellor_id = " + counsellorId))) {
            s.setObject(1, to);
            s.setObject(2, from);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    // ---- calendar load -------------------------------------------------------------------------------

    /**
     * The two calendar scenarios, one signed-in session per user: in the week view each user is one
     * of the counsellors looking at their own week (this one or one of the four before or after); in
     * the day view each user is a front-desk session on the clinic's busiest day.
     */
    List<Scenario> calendarScenarios(int users) throws Exception {
        Bench.step("Signing in " + users + " counsellor and " + users + " front-desk sessions");
        List<ScreenSession> own = new ArrayList<>();
        List<ScreenSession> desk = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            own.add(ScreenSession.signIn(http, counsellors.get(u % counsellors.size()).username(), PASSWORD));
            desk.add(ScreenSession.signIn(http, FRONT_DESK, PASSWORD));
        }
        List<ScreenSession.View> weeks = new ArrayList<>();
        for (int w = -4; w <= 4; w++) {
            weeks.add(ScreenSession.View.of(week.date().plusWeeks(w), week.date().plusWeeks(w + 1)));
        }
        String weekName = "calendar: counsellor week view (page + events)";
        String dayName = "calendar: clinic day view " + busyDay.date() + " (page + events)";
        return List.of(
                Scenario.perUser(weekName, u -> random -> {
                    ScreenSession.View v = weeks.get(random.nextInt(weeks.size()));
                    return new Probe(weekName, own.get(u).username() + " week of " + v.date(), own.get(u).render(v, "week"));
                }),
                Scenario.perUser(dayName, u -> {
                    Probe probe = new Probe(dayName, "front desk " + busyDay.date(), desk.get(u).render(busyDay, "day"));
                    return random -> probe;
                }));
    }

    // ---- bookings ------------------------------------------------------------------------------------

    /** Committed bookings per second through the API at full durability, then a contended burst. */
    void bookings() throws Exception {
        String durability = durability();
        int users = settings.bookers();
        LocalDate from = today.plusWeeks(WEEKS_AHEAD + 4).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        long before = AppointmentLoader.countAppointments(db);
        AtomicLong answered = new AtomicLong();
        String name = "POST /api/appointments, free slots";
        Scenario free = Scenario.perUser(name, u -> {
            CounsellorPlan c = counsellors.get(u % counsellors.size());
            Long room = u < rooms.size() ? rooms.get(u) : null;
            List<Instant> slots = slots(c, from.plusWeeks(60L * (u / counsellors.size())), 40);
            int[] next = {0};
            return random -> {
                Instant start = slots.get(next[0]++ % slots.size());
                long client = firstClient + 100L * u + next[0] % 100;
                return booking(name, c, room, client, start, answered, false);
            };
        });
        LoadDriver driver = new LoadDriver(http.client(), users);
        Bench.step("Bookings: " + users + " API clients, each its own counsellor (" + settings.bookingSeconds() + " s)");
        Samples samples = driver.run(free, Duration.ofSeconds(3), Duration.ofSeconds(settings.bookingSeconds()));
        var result = samples.result(name);
        long committed = AppointmentLoader.countAppointments(db) - before;
        report.scenario(result, result, users);

        // contention: every user tries the same 60 slots; each may be won once, the others get a 409
        LocalDate contendedWeek = from.minusWeeks(2);
        List<Object[]> contended = new ArrayList<>();
        for (int i = 0; contended.size() < 60; i++) {
            CounsellorPlan c = counsellors.get(i % counsellors.size());
            List<Instant> own = slots(c, contendedWeek, 1);
            contended.add(new Object[] {c, own.get((i / counsellors.size()) % own.size()), firstClient + 50_000L + i});
        }
        String raceName = "POST /api/appointments, 60 slots raced";
        AtomicLong raced = new AtomicLong();
        Scenario race = new Scenario(raceName, random -> {
            Object[] slot = contended.get(random.nextInt(contended.size()));
            return booking(raceName, (CounsellorPlan) slot[0], null, (Long) slot[2], (Instant) slot[1], raced, true);
        });
        long beforeRace = AppointmentLoader.countAppointments(db);
        Samples raceSamples = driver.run(race, Duration.ZERO, Duration.ofSeconds(5));
        var raceResult = raceSamples.result(raceName);
        long won = AppointmentLoader.countAppointments(db) - beforeRace;
        report.scenario(raceResult, raceResult, users);
        Map<String, Long> overlaps = overlaps();

        section("### Bookings with full durability",
                String.format(Locale.ROOT, "- Database: %s.%n", durability)
                        + String.format(Locale.ROOT, "- %d API clients (bearer token, front desk), each booking 50-minute"
                                + " sessions for its own counsellor, in %s, every one a free slot: **%,.1f committed"
                                + " bookings/s**, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms over %d s; %,d rows committed for"
                                + " %,d answers of 201 (warm-up included).%n", users,
                        users <= rooms.size() ? "its own room" : "a room or by video",
                        result.overall().requestsPerSecond(), result.overall().p50(), result.overall().p95(),
                        result.overall().p99(), settings.bookingSeconds(), committed, answered.get())
                        + String.format(Locale.ROOT, "- Contention: the same %d clients tried 60 slots at random for 5 s:"
                                + " %,d attempts answered 201, %,d measured attempts in all (p95 %.1f ms), the rest"
                                + " refused with 409; %d appointments in the database for those slots.%n", users,
                        raced.get(), raceResult.overall().requests(), raceResult.overall().p95(), won)
                        + "- Overlaps afterwards among slot-holding appointments (window functions over the whole"
                        + " table): " + overlaps.entrySet().stream().map(e -> e.getValue() + " per " + e.getKey())
                        .collect(Collectors.joining(", ")) + ".\n");
        // not every slot need be tried in 5 s on a slow machine, but none may be booked twice
        if (won > contended.size() || overlaps.values().stream().anyMatch(n -> n != 0)) {
            throw new IllegalStateException("The booking rule did not hold: " + won + " of " + contended.size()
                    + " raced slots booked, overlaps " + overlaps);
        }
    }

    private Probe booking(String tag, CounsellorPlan c, Long room, long client, Instant start, AtomicLong answered,
            boolean conflictsExpected) {
        String json = "{\"counsellorId\":" + c.id() + (room == null ? ",\"videoLink\":\"https://video.example.org/"
                + c.username() + "\"" : ",\"roomId\":" + room) + ",\"clientIds\":[" + client
                + "],\"type\":\"INDIVIDUAL\",\"start\":\"" + start + "\"}";
        var request = http.book(json);
        return new Probe(tag, c.username() + " " + start, (client2, laps) -> {
            long t0 = System.nanoTime();
            HttpResponse<String> r = client2.send(request, HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - t0;
            if (r.statusCode() == 201) {
                answered.incrementAndGet();
                if (conflictsExpected) {
                    laps.lap("201 booked", took);
                }
                return null;
            }
            if (r.statusCode() == 409 && conflictsExpected) {
                laps.lap("409 conflict", took);
                return null;
            }
            return "HTTP " + r.statusCode() + " " + r.body();
        });
    }

    /** Start instants on the hour inside the counsellor's hours, weekdays from a Monday, for some weeks. */
    private List<Instant> slots(CounsellorPlan c, LocalDate monday, int weeks) {
        List<Instant> out = new ArrayList<>();
        for (LocalDate d = monday; d.isBefore(monday.plusWeeks(weeks)); d = d.plusDays(1)) {
            for (CounsellorPlan.Block b : c.on(d.getDayOfWeek())) {
                for (LocalTime t = b.start(); !t.plusMinutes(50).isAfter(b.end()) && t.isAfter(b.start().minusMinutes(1));
                        t = t.plusHours(1)) {
                    out.add(ZonedDateTime.of(d, t, zone).toInstant());
                }
            }
        }
        return out;
    }

    /** innodb_flush_log_at_trx_commit=1 (and sync_binlog=1 when the binary log is on), or the run stops. */
    private String durability() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT @@version,"
                + " @@innodb_flush_log_at_trx_commit, @@log_bin, @@sync_binlog, @@innodb_doublewrite, @@innodb_flush_method")) {
            rs.next();
            int flush = rs.getInt(2);
            boolean binlog = rs.getInt(3) == 1;
            int sync = rs.getInt(4);
            String text = String.format(Locale.ROOT, "MariaDB %s with innodb_flush_log_at_trx_commit=%d (redo log written"
                            + " and flushed at every commit), log_bin=%s%s, innodb_doublewrite=%s, flush method %s",
                    rs.getString(1), flush, binlog ? "ON" : "OFF", binlog ? ", sync_binlog=" + sync : " (no binary log)",
                    rs.getString(5), rs.getString(6));
            if (flush != 1 || binlog && sync != 1) {
                throw new IllegalStateException("Not fully durable, so booking figures would flatter: " + text);
            }
            return text;
        }
    }

    /** Slot-holding appointments that start before an earlier one of the same counsellor, room or client ends. */
    private Map<String, Long> overlaps() throws SQLException {
        String holds = " status NOT IN ('CANCELLED', 'LATE_CANCEL')";
        String window = " OVER (PARTITION BY %s ORDER BY starts_at, id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)";
        Map<String, Long> found = new java.util.LinkedHashMap<>();
        found.put("counsellor", number("SELECT COUNT(*) FROM (SELECT starts_at, MAX(ends_at)"
                + String.format(window, "counsellor_id") + " AS busy FROM appointment WHERE" + holds + ") t"
                + " WHERE busy > starts_at"));
        found.put("room", number("SELECT COUNT(*) FROM (SELECT starts_at, MAX(ends_at)" + String.format(window, "room_id")
                + " AS busy FROM appointment WHERE room_id IS NOT NULL AND" + holds + ") t WHERE busy > starts_at"));
        found.put("client", number("SELECT COUNT(*) FROM (SELECT a.starts_at, MAX(a.ends_at)"
                + String.format(window, "ac.client_id").replace("starts_at, id", "a.starts_at, a.id")
                + " AS busy FROM appointment a JOIN appointment_client ac ON ac.appointment_id = a.id WHERE"
                + holds.replace(" status", " a.status") + ") t WHERE busy > starts_at"));
        return found;
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private ScreenSession.View day(LocalDate d) {
        return ScreenSession.View.of(d, d.plusDays(1));
    }

    /** The weekday with the most appointments in this week and the four before and after it. */
    private LocalDate busiestDay(List<GeneratedAppointment> all, LocalDate monday) {
        LocalDateTime from = monday.minusWeeks(4).atStartOfDay();
        LocalDateTime to = monday.plusWeeks(5).atStartOfDay();
        return all.stream().filter(a -> !a.startsAt().isBefore(from) && a.startsAt().isBefore(to))
                .collect(Collectors.groupingBy(a -> a.startsAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(zone)
                        .toLocalDate(), Collectors.counting()))
                .entrySet().stream().max(Map.Entry.<LocalDate, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(monday);
    }

    private LocalDate busiestDay(LocalDate monday) throws SQLException {
        String d = text("SELECT DATE(starts_at) FROM appointment WHERE starts_at >= '" + monday.minusWeeks(4)
                + "' AND starts_at < '" + monday.plusWeeks(5) + "' GROUP BY DATE(starts_at) ORDER BY COUNT(*) DESC LIMIT 1");
        return d == null ? monday : LocalDate.parse(d);
    }

    private void section(String heading, String body) {
        report.section(heading + "\n\n" + body + "\n");
    }

    private static double share(List<GeneratedAppointment> all, java.util.function.Predicate<GeneratedAppointment> p) {
        return 100.0 * all.stream().filter(p).count() / all.size();
    }

    /** Statements with their literals taken out, counted: "3 × `SELECT ... WHERE id = ?`". */
    private static String shapes(List<StatementLog.Logged> statements) {
        Map<String, Long> counts = statements.stream().collect(Collectors.groupingBy(
                l -> abbreviate(l.sql().replaceAll("'[^']*'", "?").replaceAll("\\b\\d+\\b", "?")
                        .replaceAll("\\s+", " "), 140), java.util.LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(e -> e.getValue() + " × `" + e.getKey() + "`")
                .collect(Collectors.joining("; "));
    }

    private static long parse(String rows) {
        try {
            return rows == null || rows.isBlank() ? 0 : Math.round(Double.parseDouble(rows));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String abbreviate(String s, int max) {
        return s.length() > max ? s.substring(0, max) + "…" : s;
    }

    private long number(String sql) throws SQLException {
        String v = text(sql);
        return v == null ? 0 : Long.parseLong(v);
    }

    private String text(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

}

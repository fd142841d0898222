package org.tenfold.bench.data;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A realistic clinic's appointments from a seeded random source: the same inputs give the same rows.
 *
 * <p>Time is cut into terms of twelve weeks. For each term and weekday every counsellor's working
 * hours are laid out as a day grid of sessions one after another (a session, ten minutes for notes,
 * the next on the quarter hour), so a counsellor's sessions never overlap. Each grid place gets a
 * room for the whole term from a per-weekday room plan (first free room, or a video session when
 * none is free or by choice), so rooms never overlap. Most places then hold a weekly series of one
 * client or couple for four to twelve weeks, the rest one-off sessions and intakes; every series
 * or one-off of a term gets clients of its own, so a client is never in two sessions at once
 * (terms do not overlap in time, so clients come back in later terms). Finally the grid is thinned
 * at random to exactly the wanted count, which leaves the gaps of a real diary.
 */
public final class AppointmentFactory {

    /** Weeks per term: each grid place keeps its room and its series within a term. */
    static final int TERM_WEEKS = 12;
    static final int NOTES_MINUTES = 10;
    /** Of the grid places that are not intakes, this share holds weekly series. */
    private static final double SERIES_SHARE = 0.6;
    /** Sessions by video even when a room would be free. */
    private static final double VIDEO_BY_CHOICE = 0.08;
    private static final List<String> CANCEL_REASONS = List.of("Client unwell", "Work commitment", "Childcare",
            "Counsellor unwell", "Travel disruption", "Rescheduled at the client's request", "Bereavement");
    private static final List<String> NOTES = List.of("Uses the ramp entrance", "Prefers the quiet waiting room",
            "Parking permit at reception", "Invoice to the employee assistance programme",
            "Arrives straight from work, may be five minutes late");

    /** Where the appointments go: the counsellors, the rooms, and the clients to draw from (ids first..first+count-1). */
    public record Clinic(List<CounsellorPlan> counsellors, List<Long> roomIds, long firstClientId, int clientCount,
            ZoneId zone) {
    }

    /** What to make: {@code count} appointments on weekdays between two days, with ids from the given ones. */
    public record Request(LocalDate firstDay, LocalDate lastDay, Instant now, int count, long firstAppointmentId,
            long firstSeriesId, long seed) {
    }

    /** The series rows (to insert first) and the appointments, in start order. */
    public record Generated(List<GeneratedSeries> series, List<GeneratedAppointment> appointments) {
    }

    private record Draft(CounsellorPlan counsellor, Long roomId, String videoLink, String type, LocalDate day,
            LocalTime time, int minutes, List<Long> clients, int seriesKey) {
    }

    private final Clinic clinic;
    private final Request request;
    private final Random random;
    private long nextClient;

    private AppointmentFactory(Clinic clinic, Request request) {
        this.clinic = clinic;
        this.request = request;
        this.random = new Random(request.seed());
    }

    public static Generated generate(Clinic clinic, Request request) {
        if (clinic.counsellors().isEmpty() || clinic.clientCount() < 1) {
            throw new IllegalArgumentException("Appointments need counsellors and clients");
        }
        return new AppointmentFactory(clinic, request).make();
    }

    static int minutesOf(String type) {
        return switch (type) {
            case "INTAKE", "GROUP" -> 90;
            case "COUPLE" -> 80;
            default -> 50;
        };
    }

    private Generated make() {
        List<Draft> drafts = new ArrayList<>();
        List<LocalTime> seriesTimes = new ArrayList<>();
        LocalDate termStart = request.firstDay().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        while (!termStart.isAfter(request.lastDay())) {
            long clientsBefore = nextClient;
            for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY)) {
                layOutDay(termStart, day, drafts, seriesTimes);
            }
            if (nextClient - clientsBefore > clinic.clientCount()) {
                throw new IllegalStateException("A term needs " + (nextClient - clientsBefore)
                        + " different clients, but only " + clinic.clientCount() + " exist: load more clients");
            }
            termStart = termStart.plusWeeks(TERM_WEEKS);
        }
        if (drafts.size() < request.count()) {
            throw new IllegalStateException("The counsellors' hours between " + request.firstDay() + " and "
                    + request.lastDay() + " hold only " + drafts.size() + " sessions, fewer than " + request.count());
        }
        // thin at random to exactly the count: the gaps a real diary has
        List<Integer> order = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        List<Draft> kept = new ArrayList<>(request.count());
        order.subList(0, request.count()).stream().sorted().forEach(i -> kept.add(drafts.get(i)));
        kept.sort(Comparator.comparing((Draft d) -> d.day()).thenComparing(Draft::time)
                .thenComparingLong(d -> d.counsellor().id()));
        return rows(kept, seriesTimes);
    }

    /** One weekday of one term: every counsellor's grid, rooms from one plan, then the weeks filled. */
    private void layOutDay(LocalDate termStart, DayOfWeek day, List<Draft> drafts, List<LocalTime> seriesTimes) {
        boolean[][] roomBusy = new boolean[clinic.roomIds().size()][24 * 12]; // 5-minute steps
        List<CounsellorPlan> order = new ArrayList<>(clinic.counsellors());
        Collections.shuffle(order, random); // nobody always gets the rooms first
        for (CounsellorPlan c : order) {
            for (CounsellorPlan.Block block : c.on(day)) {
                LocalTime at = block.start();
                while (true) {
                    String type = pickType();
                    if (endsAfter(at, minutesOf(type), block.end())) {
                        type = "INDIVIDUAL";
                        if (endsAfter(at, minutesOf(type), block.end())) {
                            break;
                        }
                    }
                    int minutes = minutesOf(type);
                    Long room = random.nextDouble() < VIDEO_BY_CHOICE ? null : takeRoom(roomBusy, at, minutes);
                    String video = room == null ? "https://video.example.org/tenfold/" + c.username() + "-"
                            + day.getValue() + at.toString().replace(":", "") : null;
                    fillWeeks(termStart, day, c, room, video, type, at, minutes, drafts, seriesTimes);
                    int next = at.toSecondOfDay() / 60 + minutes + NOTES_MINUTES;
                    next = (next + 14) / 15 * 15;
                    if (next >= 24 * 60) {
                        break;
                    }
                    at = LocalTime.of(next / 60, next % 60);
                }
            }
        }
    }

    private static boolean endsAfter(LocalTime start, int minutes, LocalTime limit) {
        return start.toSecondOfDay() / 60 + minutes > limit.toSecondOfDay() / 60;
    }

    private void fillWeeks(LocalDate termStart, DayOfWeek day, CounsellorPlan c, Long room, String video, String type,
            LocalTime at, int minutes, List<Draft> drafts, List<LocalTime> seriesTimes) {
        int week = 0;
        while (week < TERM_WEEKS) {
            boolean series = !type.equals("INTAKE") && random.nextDouble() < SERIES_SHARE;
            int weeks = series ? Math.min(4 + random.nextInt(9), TERM_WEEKS - week) : 1;
            List<Long> clients = clientsFor(type);
            int seriesKey = -1;
            if (series && weeks > 1) {
                seriesKey = seriesTimes.size();
                seriesTimes.add(at);
            }
            for (int k = 0; k < weeks; k++) {
                LocalDate date = termStart.plusWeeks(week + k).with(TemporalAdjusters.nextOrSame(day));
                if (!date.isBefore(request.firstDay()) && !date.isAfter(request.lastDay())) {
                    drafts.add(new Draft(c, room, video, type, date, at, minutes, clients, seriesKey));
                }
            }
            week += weeks;
        }
    }

    private List<Long> clientsFor(String type) {
        return type.equals("COUPLE") ? List.of(nextClient(), nextClient()) : List.of(nextClient());
    }

    private long nextClient() {
        return clinic.firstClientId() + (nextClient++ % clinic.clientCount());
    }

    /** Individual sessions most, couples about one in six, intakes the rest. */
    private String pickType() {
        double r = random.nextDouble();
        return r < 0.71 ? "INDIVIDUAL" : r < 0.87 ? "COUPLE" : "INTAKE";
    }

    private Long takeRoom(boolean[][] busy, LocalTime at, int minutes) {
        int from = at.toSecondOfDay() / 300;
        int to = Math.min(busy.length == 0 ? 0 : busy[0].length, from + (minutes + 4) / 5);
        for (int r = 0; r < busy.length; r++) {
            boolean free = true;
            for (int i = from; i < to && free; i++) {
                free = !busy[r][i];
            }
            if (free) {
                for (int i = from; i < to; i++) {
                    busy[r][i] = true;
                }
                return clinic.roomIds().get(r);
            }
        }
        return null;
    }

    private Generated rows(List<Draft> kept, List<LocalTime> seriesTimes) {
        LocalDateTime now = LocalDateTime.ofInstant(request.now(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        Map<Integer, GeneratedSeries> series = new HashMap<>();
        List<GeneratedSeries> seriesRows = new ArrayList<>();
        List<GeneratedAppointment> appointments = new ArrayList<>(kept.size());
        long id = request.firstAppointmentId();
        for (Draft d : kept) {
            LocalDateTime start = utc(d.day(), d.time());
            LocalDateTime end = start.plusMinutes(d.minutes());
            GeneratedSeries s = null;
            if (d.seriesKey() >= 0) {
                s = series.get(d.seriesKey());
                if (s == null) {
                    s = new GeneratedSeries(request.firstSeriesId() + seriesRows.size(), seriesTimes.get(d.seriesKey()),
                            clinic.zone().getId(), earlier(start.minusDays(1 + random.nextInt(14)), now));
                    series.put(d.seriesKey(), s);
                    seriesRows.add(s);
                }
            }
            boolean past = !end.isAfter(now);
            String status = past ? pastStatus() : random.nextDouble() < 0.06 ? "CANCELLED" : "BOOKED";
            String reason = null;
            LocalDateTime cancelledAt = null;
            if (status.equals("CANCELLED")) {
                reason = pick(CANCEL_REASONS);
                cancelledAt = earlier(start.minusHours(24 + random.nextInt(240)), now);
            } else if (status.equals("LATE_CANCEL")) {
                reason = pick(CANCEL_REASONS);
                cancelledAt = earlier(start.minusMinutes(30 + random.nextInt(23 * 60)), now);
            }
            LocalDateTime created = s != null ? s.createdAt()
                    : earlier(start.minusDays(1 + random.nextInt(28)).minusMinutes(random.nextInt(600)), now);
            if (cancelledAt != null && cancelledAt.isBefore(created)) {
                cancelledAt = created;
            }
            appointments.add(new GeneratedAppointment(id++, s == null ? null : s.id(), d.counsellor().id(), d.roomId(),
                    d.videoLink(), d.type(), start, end, status, reason, reason == null ? null : "frontdesk",
                    cancelledAt, random.nextDouble() < 0.04 ? pick(NOTES) : null, created, d.clients()));
        }
        return new Generated(seriesRows, appointments);
    }

    /** Taken place, mostly; some cancelled in time, some late, some clients did not come. */
    private String pastStatus() {
        double r = random.nextDouble();
        return r < 0.84 ? "COMPLETED" : r < 0.91 ? "CANCELLED" : r < 0.95 ? "LATE_CANCEL" : "NO_SHOW";
    }

    private LocalDateTime utc(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, clinic.zone()).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}

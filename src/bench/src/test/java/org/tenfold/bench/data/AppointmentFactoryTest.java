package org.tenfold.bench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generated clinic keeps the booking rule and looks like a clinic: counts, hours, couples, series, statuses. */
class AppointmentFactoryTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Instant NOW = ZonedDateTime.of(TODAY.atTime(12, 0), LONDON).toInstant();
    private static final AppointmentFactory.Clinic CLINIC = clinic();
    private static final AppointmentFactory.Generated FULL = generate(100_000, 5);

    @Test
    void exactlyTheCountWithIdsInStartOrder() {
        List<GeneratedAppointment> all = FULL.appointments();
        assertEquals(100_000, all.size());
        for (int i = 0; i < all.size(); i++) {
            assertEquals(1000 + i, all.get(i).id());
            if (i > 0) {
                assertFalse(all.get(i).startsAt().isBefore(all.get(i - 1).startsAt()));
            }
        }
        assertEquals(20, all.stream().map(GeneratedAppointment::counsellorId).distinct().count());
    }

    @Test
    void noCounsellorRoomOrClientIsInTwoAppointmentsAtOnce() {
        assertNoOverlap(a -> List.of(a.counsellorId()), "counsellor");
        assertNoOverlap(a -> a.roomId() == null ? List.of() : List.of(a.roomId()), "room");
        assertNoOverlap(GeneratedAppointment::clientIds, "client");
    }

    @Test
    void weekdaysInsideTheCounsellorsHoursWithARoomOrAVideoLink() {
        Map<Long, CounsellorPlan> byId = CLINIC.counsellors().stream()
                .collect(Collectors.toMap(CounsellorPlan::id, Function.identity()));
        LocalDate first = TODAY.minusYears(3);
        LocalDate last = TODAY.plusWeeks(16);
        for (GeneratedAppointment a : FULL.appointments()) {
            ZonedDateTime start = a.startsAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(LONDON);
            ZonedDateTime end = a.endsAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(LONDON);
            assertTrue(start.getDayOfWeek().getValue() <= 5, a.toString());
            assertFalse(start.toLocalDate().isBefore(first) || start.toLocalDate().isAfter(last), a.toString());
            assertTrue(byId.get(a.counsellorId()).on(start.getDayOfWeek()).stream().anyMatch(b ->
                    !start.toLocalTime().isBefore(b.start()) && !end.toLocalTime().isAfter(b.end())
                            && start.toLocalDate().equals(end.toLocalDate())), a.toString());
            assertEquals(AppointmentFactory.minutesOf(a.type()), java.time.Duration.between(a.startsAt(), a.endsAt())
                    .toMinutes(), a.toString());
            assertTrue(a.roomId() != null ^ a.videoLink() != null, a.toString());
            assertEquals(a.type().equals("COUPLE") ? 2 : 1, a.clientIds().size(), a.toString());
        }
    }

    @Test
    void aClinicsMixOfCouplesSeriesVideoAndOutcomes() {
        List<GeneratedAppointment> all = FULL.appointments();
        double couples = share(all, a -> a.clientIds().size() == 2);
        assertTrue(couples > 0.12 && couples < 0.18, "about 15 % couples: " + couples);
        double inSeries = share(all, a -> a.seriesId() != null);
        assertTrue(inSeries > 0.5 && inSeries < 0.85, "most sessions in weekly series: " + inSeries);
        double video = share(all, a -> a.roomId() == null);
        assertTrue(video > 0.05 && video < 0.4, "some video sessions: " + video);
        LocalDateTime now = LocalDateTime.ofInstant(NOW, ZoneOffset.UTC);
        List<GeneratedAppointment> past = all.stream().filter(a -> !a.endsAt().isAfter(now)).toList();
        List<GeneratedAppointment> future = all.stream().filter(a -> a.startsAt().isAfter(now)).toList();
        assertTrue(future.size() > 5_000 && past.size() > 80_000, past.size() + " past, " + future.size() + " future");
        assertTrue(past.stream().noneMatch(a -> a.status().equals("BOOKED")));
        assertTrue(future.stream().allMatch(a -> a.status().equals("BOOKED") || a.status().equals("CANCELLED")));
        double completed = share(past, a -> a.status().equals("COMPLETED"));
        assertTrue(completed > 0.8 && completed < 0.88, "completed: " + completed);
        for (String s : List.of("CANCELLED", "LATE_CANCEL", "NO_SHOW")) {
            assertTrue(past.stream().anyMatch(a -> a.status().equals(s)), s);
        }
        for (GeneratedAppointment a : all) {
            assertEquals(a.holdsSlot(), a.cancelReason() == null, a.toString());
            assertFalse(a.createdAt().isAfter(now) || a.createdAt().isAfter(a.startsAt()), a.toString());
            if (a.cancelledAt() != null) {
                assertFalse(a.cancelledAt().isAfter(now) || a.cancelledAt().isBefore(a.createdAt()), a.toString());
            }
        }
        Set<Long> seriesIds = FULL.series().stream().map(GeneratedSeries::id).collect(Collectors.toSet());
        assertTrue(all.stream().filter(a -> a.seriesId() != null).allMatch(a -> seriesIds.contains(a.seriesId())));
        Map<Long, List<GeneratedAppointment>> bySeries = all.stream().filter(a -> a.seriesId() != null)
                .collect(Collectors.groupingBy(GeneratedAppointment::seriesId));
        for (List<GeneratedAppointment> occurrences : bySeries.values()) {
            GeneratedAppointment first = occurrences.get(0);
            for (GeneratedAppointment o : occurrences) {
                // same people, same weekday and wall-clock time, whole weeks apart
                assertEquals(first.clientIds(), o.clientIds());
                assertEquals(first.counsellorId(), o.counsellorId());
                ZonedDateTime a = first.startsAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(LONDON);
                ZonedDateTime b = o.startsAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(LONDON);
                assertEquals(a.toLocalTime(), b.toLocalTime());
                assertEquals(a.getDayOfWeek(), b.getDayOfWeek());
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameClinic() {
        AppointmentFactory.Generated again = generate(100_000, 5);
        assertEquals(FULL.appointments().subList(0, 500), again.appointments().subList(0, 500));
        assertEquals(FULL.series().size(), again.series().size());
        assertFalse(FULL.appointments().subList(0, 500).equals(generate(2_000, 6).appointments().subList(0, 500)));
    }

    @Test
    void tooFewClientsOrHoursAreSaid() {
        AppointmentFactory.Clinic small = new AppointmentFactory.Clinic(CLINIC.counsellors(), CLINIC.roomIds(), 1, 50,
                LONDON);
        assertThrows(IllegalStateException.class, () -> AppointmentFactory.generate(small, request(1000, 1)));
        assertThrows(IllegalStateException.class, () -> AppointmentFactory.generate(CLINIC, request(10_000_000, 1)));
    }

    private static void assertNoOverlap(Function<GeneratedAppointment, List<Long>> keys, String what) {
        Map<Long, List<GeneratedAppointment>> byKey = new HashMap<>();
        for (GeneratedAppointment a : FULL.appointments()) {
            keys.apply(a).forEach(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(a));
        }
        assertFalse(byKey.isEmpty());
        for (Map.Entry<Long, List<GeneratedAppointment>> e : byKey.entrySet()) {
            List<GeneratedAppointment> list = new ArrayList<>(e.getValue());
            list.sort(Comparator.comparing(GeneratedAppointment::startsAt));
            LocalDateTime busyUntil = LocalDateTime.MIN;
            for (GeneratedAppointment a : list) {
                // cancelled ones too: the generator never double-books, even a freed slot
                assertFalse(a.startsAt().isBefore(busyUntil), what + " " + e.getKey() + " twice at " + a.startsAt());
                busyUntil = a.endsAt().isAfter(busyUntil) ? a.endsAt() : busyUntil;
            }
        }
    }

    private static double share(List<GeneratedAppointment> list, java.util.function.Predicate<GeneratedAppointment> p) {
        return (double) list.stream().filter(p).count() / list.size();
    }

    private static AppointmentFactory.Clinic clinic() {
        List<CounsellorPlan> plans = new ArrayList<>();
        long id = 100;
        for (CounsellorPlan p : ClinicLoader.plans(20)) {
            plans.add(new CounsellorPlan(id++, p.username(), p.displayName(), p.hours()));
        }
        assertEquals(20, new HashSet<>(plans.stream().map(CounsellorPlan::username).toList()).size());
        assertTrue(plans.stream().allMatch(p -> p.hours().stream().allMatch(b -> b.day() != DayOfWeek.SATURDAY)));
        return new AppointmentFactory.Clinic(plans, List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L),
                10_000, 100_000, LONDON);
    }

    private static AppointmentFactory.Request request(int count, long seed) {
        return new AppointmentFactory.Request(TODAY.minusYears(3), TODAY.plusWeeks(16), NOW, count, 1000, 1, seed);
    }

    private static AppointmentFactory.Generated generate(int count, long seed) {
        return AppointmentFactory.generate(CLINIC, request(count, seed));
    }
}

package org.tenfold.bench.data;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * A generated counsellor: the staff row's id and name, and the weekly working hours the appointments
 * are laid into (clinic wall-clock time, as {@code working_hours} stores them).
 */
public record CounsellorPlan(long id, String username, String displayName, List<Block> hours) {

    /** One block of working hours on one weekday. */
    public record Block(DayOfWeek day, LocalTime start, LocalTime end) {
    }

    public List<Block> on(DayOfWeek day) {
        return hours.stream().filter(b -> b.day() == day).toList();
    }
}

package org.tenfold.bench.data;

import java.time.LocalDateTime;
import java.time.LocalTime;

/** One row of {@code appointment_series}: a weekly series at a fixed wall-clock time in the clinic's zone. */
public record GeneratedSeries(long id, LocalTime localStartTime, String timeZone, LocalDateTime createdAt) {
}

package org.tenfold.scheduling;

import java.util.List;

/** What booking a series did: the occurrences booked, and each date left out with why. */
public record SeriesBooking(long seriesId, List<ScheduleViews.AppointmentView> booked, List<String> skipped) {
}

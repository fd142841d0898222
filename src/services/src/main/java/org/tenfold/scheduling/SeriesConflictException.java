package org.tenfold.scheduling;

import java.util.List;
import org.tenfold.platform.BusinessException;

/** Some occurrences of a series cannot be booked; each is named. Nothing was booked. */
public class SeriesConflictException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final List<String> dates;

    public SeriesConflictException(List<String> dates, int total) {
        super(Kind.CONFLICT, dates.size() + " of " + total + " sessions cannot be booked: " + String.join("; ", dates)
                + ". Nothing was booked; book the others only, or choose another time.");
        this.dates = List.copyOf(dates);
    }

    public List<String> dates() {
        return dates;
    }
}

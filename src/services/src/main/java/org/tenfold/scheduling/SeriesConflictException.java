package org.tenfold.scheduling;

import java.util.List;
import org.tenfold.platform.BusinessException;

/** Some occurrences of a series cannot be booked or moved; each is named, and nothing was done. */
public class SeriesConflictException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final List<String> dates;

    public SeriesConflictException(List<String> dates, int total, String outcome) {
        super(Kind.CONFLICT, dates.size() + " of " + total + " sessions cannot have that time: "
                + String.join("; ", dates) + ". " + outcome);
        this.dates = List.copyOf(dates);
    }

    public List<String> dates() {
        return dates;
    }
}

package org.tenfold.scheduling;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Locale;
import org.tenfold.platform.BusinessException;

/** The booking would overlap other appointments; each is named. Nothing was saved. */
public class BookingConflictException extends BusinessException {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final transient List<Conflict> conflicts;

    public BookingConflictException(List<Conflict> conflicts, ZoneId zone) {
        super(Kind.CONFLICT, "That time is taken: " + conflicts.stream()
                .map(c -> describe(c, zone)).collect(Collectors.joining("; ")) + ". Nothing was booked.");
        this.conflicts = List.copyOf(conflicts);
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }

    static String describe(Conflict c, ZoneId zone) {
        String whose = switch (c.resource()) {
            case COUNSELLOR -> "counsellor " + c.name();
            case ROOM -> "room " + c.name();
            case CLIENT -> "client " + c.name();
        };
        return whose + " is booked " + DAY.format(c.start().atZone(zone)) + "–" + TIME.format(c.end().atZone(zone));
    }
}

package org.tenfold.audit;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tenfold.platform.InvalidInputException;

/**
 * Audit filters typed as text (the API's query parameters) read into an {@link AuditQuery}; every bad
 * value is a field error. A date means the clinic's day: {@code from} its start, {@code to} its end.
 */
public final class AuditFilters {

    private AuditFilters() {
    }

    public static AuditQuery parse(String actor, String action, String clientId, String outcome, String from, String to,
            int page, int size, ZoneId zone) {
        Map<String, String> errors = new LinkedHashMap<>();
        AuditAction a = null;
        if (present(action)) {
            try {
                a = AuditAction.valueOf(action.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.put("action", "\"" + action + "\" is not an audited action.");
            }
        }
        AuditOutcome o = null;
        if (present(outcome)) {
            try {
                o = AuditOutcome.valueOf(outcome.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.put("outcome", "The outcome is SUCCESS, FAILURE or DENIED.");
            }
        }
        Long client = null;
        if (present(clientId)) {
            try {
                client = Long.valueOf(clientId.strip());
            } catch (NumberFormatException e) {
                errors.put("clientId", "The client is given by its number.");
            }
        }
        Instant f = time(from, zone, false, "from", errors);
        Instant t = time(to, zone, true, "to", errors);
        if (f != null && t != null && !f.isBefore(t)) {
            errors.put("to", "The end of the range must come after its start.");
        }
        if (actor != null && actor.length() > 64) {
            errors.put("actor", "A username has at most 64 characters.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new AuditQuery(present(actor) ? actor.strip() : null, a, client, o, f, t, page, size);
    }

    /** A clinic day as the range's start (its first instant) or end (the next day's first instant). */
    public static Instant dayBoundary(LocalDate day, ZoneId zone, boolean end) {
        return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
    }

    private static Instant time(String value, ZoneId zone, boolean end, String field, Map<String, String> errors) {
        if (!present(value)) {
            return null;
        }
        String v = value.strip();
        try {
            return v.length() == 10 ? dayBoundary(LocalDate.parse(v), zone, end) : Instant.parse(v);
        } catch (DateTimeException e) {
            errors.put(field, "Give a date (2026-12-07) or a UTC time (2026-12-07T09:30:00Z).");
            return null;
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}

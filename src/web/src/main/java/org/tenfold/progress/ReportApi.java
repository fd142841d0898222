package org.tenfold.progress;

import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.tenfold.api.Problems;

/** What the progress-report resources share: ids, versions, dates and PDF responses. */
final class ReportApi {

    private ReportApi() {
    }

    static Response preconditionRequired(String instance) {
        return Problems.response(428, "precondition-required", "If-Match is required",
                "GET the progress report first and send its ETag in If-Match, so no one's changes are overwritten.",
                instance);
    }

    /** A date in ISO form, or null with a message under {@code field}. */
    static LocalDate date(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return org.tenfold.platform.DateLimits.parseDate(field, text);
        } catch (org.tenfold.platform.InvalidInputException e) {
            errors.put(field, "Use a date like 2026-01-31, between " + org.tenfold.platform.DateLimits.MIN_YEAR
                    + " and " + org.tenfold.platform.DateLimits.MAX_YEAR + ".");
            return null;
        }
    }

    /** A PDF shown in the browser (inline), never cached. */
    static Response pdf(String fileName, byte[] bytes, String sha256) {
        Response.ResponseBuilder b = Response.ok(bytes, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff");
        if (sha256 != null) {
            b.header("X-Content-SHA256", sha256);
        }
        return b.build();
    }
}

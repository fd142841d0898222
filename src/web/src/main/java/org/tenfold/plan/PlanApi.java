package org.tenfold.plan;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import org.tenfold.api.Problems;
import org.tenfold.platform.NotFoundException;
import org.tenfold.platform.StaleDataException;
import org.tenfold.shell.Ids;

/** What the plan and framework resources share: ids from the path, versions from If-Match. */
final class PlanApi {

    private PlanApi() {
    }

    static long id(String what, String text) {
        return Ids.parse(text).orElseThrow(() -> new NotFoundException(what,
                text == null ? "" : text.length() > 40 ? text.substring(0, 40) : text));
    }

    /** The version If-Match names; null when there is none; 412 when it names no version. */
    static Long optionalVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String v = ifMatch.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new StaleDataException("This record");
        }
    }

    static Response preconditionRequired(String what, String instance) {
        return Problems.response(428, "precondition-required", "If-Match is required",
                "GET the " + what + " first and send its ETag in If-Match, so no one's changes are overwritten.",
                instance);
    }

    static EntityTag tag(long version) {
        return new EntityTag(String.valueOf(version));
    }
}

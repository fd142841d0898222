package org.tenfold.plan.records;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import org.tenfold.api.Problems;
import org.tenfold.platform.NotFoundException;
import org.tenfold.platform.StaleDataException;
import org.tenfold.shell.Ids;

/**
 * What the step-record resources share: ids from the path, versions from If-Match (428 when a
 * change needs one and it is missing, 412 when it names no version), ETags on what they return.
 */
final class RecordsApi {

    private RecordsApi() {
    }

    static long id(String what, String text) {
        return Ids.parse(text).orElseThrow(() -> new NotFoundException(what,
                text == null ? "" : text.length() > 40 ? text.substring(0, 40) : text));
    }

    /** The version an If-Match names; null when there is none; 412 when it names no version. */
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

    /** 428 for a change sent without If-Match. */
    static Response preconditionRequired(String what, String instance) {
        return Problems.response(428, "precondition-required", "If-Match is required",
                "GET the " + what + " first and send its ETag in If-Match, so no one's changes are overwritten.",
                instance);
    }

    static Response ok(Object entity, long version) {
        return Response.ok(entity).tag(new EntityTag(String.valueOf(version))).build();
    }

    static Response created(java.net.URI location, Object entity, long version) {
        return Response.created(location).entity(entity).tag(new EntityTag(String.valueOf(version))).build();
    }
}

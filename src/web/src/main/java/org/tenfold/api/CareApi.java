package org.tenfold.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import org.tenfold.platform.NotFoundException;
import org.tenfold.shell.Ids;

/**
 * What the clinical resources (intake, consent, case, plan, step records, ...) share: ids from the
 * path, versions from If-Match (428 when a change needs one and it is missing, 412 when it names no
 * version), ETags on what they return. Their clinical endpoints admit every staff role: the service
 * decides per record and audits each refusal with the client's id, which a role check here could not.
 */
public final class CareApi {

    private CareApi() {
    }

    public static long id(String what, String text) {
        return Ids.parse(text).orElseThrow(() -> new NotFoundException(what,
                text == null ? "" : text.length() > 40 ? text.substring(0, 40) : text));
    }

    /** The version an If-Match names; null when there is none; a 412 problem when it names no version. */
    public static Long optionalVersion(String ifMatch) {
        return optionalVersion(ifMatch, "This record");
    }

    /** As {@link #optionalVersion(String)}, naming the record in the 412 ("This note", ...). */
    public static Long optionalVersion(String ifMatch, String what) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        Long v = ClientResource.versionOf(ifMatch);
        if (v == null) {
            throw new org.tenfold.platform.StaleDataException(what);
        }
        return v;
    }

    public static Response preconditionRequired(String what, String instance) {
        return Problems.response(428, "precondition-required", "If-Match is required",
                "GET the " + what + " first and send its ETag in If-Match, so no one's changes are overwritten.",
                instance);
    }

    public static EntityTag tag(long version) {
        return new EntityTag(String.valueOf(version));
    }

    public static Response.ResponseBuilder tagged(Response.ResponseBuilder b, Long version) {
        return version == null ? b : b.tag(new EntityTag(String.valueOf(version)));
    }
}

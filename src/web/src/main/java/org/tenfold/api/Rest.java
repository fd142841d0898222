package org.tenfold.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import org.tenfold.platform.NotFoundException;
import org.tenfold.shell.Ids;

/**
 * What every resource of the API shares, whichever feature package it lives in: ids from the path,
 * versions from If-Match (428 when a change needs one and it is missing, 412 when it names no version),
 * ETags on what they return. The clinical endpoints admit every staff role: the service decides per
 * record and audits each refusal with the client's id, which a role check here could not.
 */
public final class Rest {

    private Rest() {
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
        Long v = versionOf(ifMatch);
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

    /** {@code "3"} or {@code W/"3"} to 3; anything else is null. */
    public static Long versionOf(String ifMatch) {
        String v = ifMatch.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        // the version as this API writes it, ASCII digits only: anything else names no version (412)
        return v.matches("[0-9]{1,18}") ? Long.valueOf(v) : null;
    }

    /** 200 with the entity and its version as the ETag. */
    public static Response ok(Object entity, long version) {
        return Response.ok(entity).tag(tag(version)).build();
    }

    /** 201 at {@code location} with the entity and its version as the ETag. */
    public static Response created(java.net.URI location, Object entity, long version) {
        return Response.created(location).entity(entity).tag(tag(version)).build();
    }
}

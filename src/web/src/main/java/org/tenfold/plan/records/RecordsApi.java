package org.tenfold.plan.records;

import jakarta.ws.rs.core.Response;
import org.tenfold.api.CareApi;

/** The step-record resources' names for {@link CareApi}'s helpers, and their tagged responses. */
final class RecordsApi {

    private RecordsApi() {
    }

    static long id(String what, String text) {
        return CareApi.id(what, text);
    }

    static Long optionalVersion(String ifMatch) {
        return CareApi.optionalVersion(ifMatch);
    }

    static Response preconditionRequired(String what, String instance) {
        return CareApi.preconditionRequired(what, instance);
    }

    static Response ok(Object entity, long version) {
        return Response.ok(entity).tag(CareApi.tag(version)).build();
    }

    static Response created(java.net.URI location, Object entity, long version) {
        return Response.created(location).entity(entity).tag(CareApi.tag(version)).build();
    }
}

package org.tenfold.plan;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import org.tenfold.api.CareApi;

/** The plan and framework resources' names for {@link CareApi}'s path-id and If-Match helpers. */
final class PlanApi {

    private PlanApi() {
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

    static EntityTag tag(long version) {
        return CareApi.tag(version);
    }
}

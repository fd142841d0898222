package org.tenfold.note;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import org.tenfold.api.Rest;
import org.tenfold.api.Problems;
import org.tenfold.platform.StaleDataException;

/** What the note resources share: ids from the path (never text), versions from If-Match. */
final class NoteApi {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private NoteApi() {
    }

    static Response preconditionRequired(String instance) {
        return Problems.response(428, "precondition-required", "If-Match is required",
                "GET the note first and send its ETag in If-Match, so no one's text is overwritten.", instance);
    }

    /** 412 with the note as stored, so the screen can keep the user's text and show what the server has. */
    static Response stale(StaleDataException e, Object current, long version, String instance) {
        JsonObject json = Json.createReader(new StringReader(JSONB.toJson(current))).readObject();
        return Response.fromResponse(Problems.response(412, Problems.body(412, "stale", "Changed elsewhere",
                e.getMessage(), instance).add("current", json))).tag(Rest.tag(version)).build();
    }

}

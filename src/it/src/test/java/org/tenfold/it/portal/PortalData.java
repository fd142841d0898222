package org.tenfold.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.tenfold.it.Api;

/** What the portal tests make through the staff API. */
public final class PortalData {

    /** A development-only password a client chooses in the tests: long and not a common one. */
    public static final String PASSWORD = "lantern orchard pebble 47";

    private PortalData() {
    }

    /** A progress report of the last 30 days with a summary, released; its id. */
    public static long releasedReport(Api api, long client, long caseId, String kind, String summary) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Api.Reply r = api.post("api/clients/" + client + "/progress-reports", Json.createObjectBuilder()
                .add("caseId", caseId).add("from", today.minusDays(30).toString()).add("to", today.toString())
                .add("kind", kind).build().toString());
        assertEquals(201, r.status(), r.toString());
        long id = r.json().getJsonNumber("id").longValue();
        Api.Reply s = api.put("api/progress-reports/" + id + "/summary", Json.createObjectBuilder()
                .add("summary", summary).build().toString(), r.etag());
        assertEquals(200, s.status(), s.toString());
        Api.Reply released = api.post("api/progress-reports/" + id + "/release", "");
        assertEquals(200, released.status(), released.toString());
        return id;
    }

    /** The client's email address as stored. */
    public static String email(Api api, long client) {
        return (String) org.tenfold.it.TestServer.queryOne("SELECT email FROM client WHERE id = ?", client);
    }
}

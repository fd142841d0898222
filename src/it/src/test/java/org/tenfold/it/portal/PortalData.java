package org.tenfold.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;

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

    /**
     * Gives the client an address of their own and their consent to email (front desk edits the contact details, as
     * at reception); returns the address.
     */
    public static String giveEmail(long client) {
        Api frontDesk = org.tenfold.it.plan.PlanData.frontDesk();
        Api.Reply current = frontDesk.get("api/clients/" + client);
        assertEquals(200, current.status(), current.toString());
        String email = "portal-" + client + "-" + Long.toString(System.nanoTime(), 36) + "@example.org";
        Api.Reply saved = frontDesk.put("api/clients/" + client, org.tenfold.it.api.ClientData.editable(current.json())
                .add("email", email).add("consentEmail", true).build().toString(), current.etag());
        assertEquals(200, saved.status(), saved.toString());
        return email;
    }

    /**
     * Every page of the portal module (each .xhtml under src/portal's webapp outside WEB-INF, read from the source
     * tree, so a page added later is visited too), as a path under /portal/.
     */
    public static List<String> pages() throws IOException {
        Path webapp = TestServer.root().resolve("src/portal/src/main/webapp");
        List<String> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(webapp)) {
            files.filter(p -> p.toString().endsWith(".xhtml")).sorted().forEach(p -> {
                String rel = webapp.relativize(p).toString().replace('\\', '/');
                if (!rel.startsWith("WEB-INF/")) {
                    pages.add(rel);
                }
            });
        }
        assertEquals(true, pages.contains("tasks.xhtml") && pages.contains("documents.xhtml"), "portal pages: " + pages);
        return pages;
    }

    /** The client's email address as stored. */
    public static String email(Api api, long client) {
        return (String) org.tenfold.it.TestServer.queryOne("SELECT email FROM client WHERE id = ?", client);
    }
}

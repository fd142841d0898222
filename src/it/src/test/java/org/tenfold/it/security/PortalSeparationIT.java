package org.tenfold.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;
import org.tenfold.it.api.ClientData;
import org.tenfold.it.plan.PlanData;
import org.tenfold.it.portal.PortalVisitor;
import org.tenfold.it.scheduling.TestMailbox;

/**
 * The two identity stores meet nowhere. A signed-in client's portal session, sent to every staff screen and every
 * GET of the staff API (under its own cookie name and under the staff's), is worth exactly what no cookie is: the
 * same status and the same redirect as an anonymous request. A signed-in staff member's session and API token, sent
 * to every page and servlet of the portal (under either cookie name), likewise. The portal's cookie is on /portal
 * only and the staff's never carries a portal sign-in.
 */
@ExtendWith(ArquillianExtension.class)
class PortalSeparationIT {

    private static final HttpClient HTTP = TestServer.httpClient(HttpClient.Redirect.NEVER);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void aClientSessionIsRefusedOnEveryStaffAddressAndAStaffSessionOnEveryPortalAddress() throws Exception {
        Api frontDesk = PlanData.frontDesk();
        long client = ClientData.create(frontDesk, ClientData.fullClient("Sol", ClientData.uniqueWord("Apart")))
                .getJsonNumber("id").longValue();
        PortalVisitor portal;
        try (TestMailbox mailbox = TestMailbox.start()) {
            portal = PortalVisitor.signedIn(frontDesk, client, mailbox);
        }
        String portalSession = portal.sessionCookie().orElseThrow().getValue();
        assertEquals(200, portal.get("home.xhtml").status(), "the client is signed in to the portal");
        String staffSession = FormSignIn.session("frontdesk");
        assertEquals(200, Http.get("clients/list.xhtml", staffSession).statusCode(), "front desk is signed in");
        String token = frontDesk.token();

        List<String> mismatches = new ArrayList<>();
        int staffAddresses = 0;
        for (String path : staffAddresses()) {
            Answer anonymous = answer(path, null, null);
            for (String cookie : List.of("PORTALSESSION=" + portalSession, "JSESSIONID=" + portalSession)) {
                Answer withPortal = answer(path, cookie, null);
                if (!withPortal.sameAs(anonymous)) {
                    mismatches.add(path + " with " + cookie.replaceFirst("=.*", "") + ": " + withPortal + " but anonymous "
                            + anonymous);
                }
            }
            staffAddresses++;
        }
        int portalAddresses = 0;
        for (String path : portalAddresses()) {
            Answer anonymous = answer(path, null, null);
            for (String cookie : List.of("JSESSIONID=" + staffSession, "PORTALSESSION=" + staffSession)) {
                Answer withStaff = answer(path, cookie, null);
                if (!withStaff.sameAs(anonymous)) {
                    mismatches.add(path + " with staff " + cookie.replaceFirst("=.*", "") + ": " + withStaff
                            + " but anonymous " + anonymous);
                }
            }
            Answer withToken = answer(path, null, token);
            if (!withToken.sameAs(anonymous)) {
                mismatches.add(path + " with a staff token: " + withToken + " but anonymous " + anonymous);
            }
            portalAddresses++;
        }
        assertEquals(List.of(), mismatches, "sessions cross between the staff side and the portal");
        assertTrue(staffAddresses > 80, "every staff address was tried: " + staffAddresses);
        assertTrue(portalAddresses > 10, "every portal address was tried: " + portalAddresses);
        // and the protected ones were really refused to the other side
        assertEquals(302, answer("clients/list.xhtml", "JSESSIONID=" + portalSession, null).status());
        assertEquals(401, answer("api/clients", "JSESSIONID=" + portalSession, null).status());
        Answer portalHome = answer("portal/home.xhtml", "JSESSIONID=" + staffSession, null);
        assertEquals(302, portalHome.status());
        assertTrue(portalHome.location().endsWith("/portal/signin.xhtml"), portalHome.location());
        assertEquals(200, portal.get("home.xhtml").status(), "and the client is still signed in");
    }

    /** An answer's status and where it sends the browser. */
    record Answer(int status, String location) {
        boolean sameAs(Answer other) {
            return status == other.status && java.util.Objects.equals(location, other.location);
        }
    }

    private static Answer answer(String path, String cookie, String bearer) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + path))
                .timeout(Duration.ofSeconds(60)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<Void> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.discarding());
        // the login page's "next" names the page asked for; the session ids never appear in it
        return new Answer(r.statusCode(), r.headers().firstValue("Location").orElse(null));
    }

    /** Every staff screen (each .xhtml of the web module) and every GET of the API, ids filled with 1. */
    private static List<String> staffAddresses() throws Exception {
        List<String> out = new ArrayList<>(xhtml(TestServer.root().resolve("src/web/src/main/webapp"), ""));
        out.add("clients/report-pdf?id=1");
        out.add("clients/record-export?clientId=1");
        HttpResponse<String> doc = HTTP.send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl()
                + "openapi?format=JSON")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, doc.statusCode());
        JsonObject paths = Json.createReader(new StringReader(doc.body())).readObject().getJsonObject("paths");
        for (Map.Entry<String, JsonValue> p : paths.entrySet()) {
            if (p.getValue().asJsonObject().containsKey("get")) {
                out.add(p.getKey().replaceFirst("^/", "").replaceAll("\\{[^}]+}", "1"));
            }
        }
        return out;
    }

    /** Every page of the portal module and its servlets. */
    private static List<String> portalAddresses() throws Exception {
        List<String> out = new ArrayList<>(xhtml(TestServer.root().resolve("src/portal/src/main/webapp"), "portal/"));
        out.addAll(List.of("portal/", "portal/file?d=1", "portal/start?t=x", "portal/keep", "portal/leave"));
        return out;
    }

    private static List<String> xhtml(Path webapp, String prefix) throws Exception {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(webapp)) {
            files.filter(p -> p.toString().endsWith(".xhtml")).sorted().forEach(p -> {
                String rel = webapp.relativize(p).toString().replace('\\', '/');
                if (!rel.startsWith("WEB-INF/")) {
                    out.add(prefix + rel);
                }
            });
        }
        return out;
    }
}

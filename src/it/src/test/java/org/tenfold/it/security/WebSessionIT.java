package org.tenfold.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;
import org.tenfold.it.api.ClientData;

/**
 * The screens' sign-in as a browser does it, over plain HTTP: the real form, the session cookie's
 * flags, a fresh session id at sign-in, role checks on pages, sign-out by POST, the headers every
 * response carries; and the server's own health and OpenAPI endpoints.
 */
@ExtendWith(ArquillianExtension.class)
class WebSessionIT {


    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void theSignInPageIsPublicAndCreatesNoSession() {
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> page = Http.get("login.xhtml");
            assertEquals(200, page.statusCode(), Http.describe(page));
            assertEquals(List.of(), Http.setCookies(page, "JSESSIONID"),
                    "an anonymous page view must not cost a session: " + page.headers().map());
            assertTrue(page.body().contains("login:username"), "the sign-in form is there");
        }
        HttpResponse<String> protectedPage = Http.get("clients/list.xhtml");
        assertEquals(302, protectedPage.statusCode(), Http.describe(protectedPage));
        String location = protectedPage.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("/login.xhtml?next="), location);
        assertTrue(location.contains("clients%2Flist.xhtml"), "comes back after sign-in: " + location);
    }

    @Test
    void signInThroughTheFormSetsAFreshHttpOnlySameSiteStrictSessionCookie() throws Exception {
        String planted = "planted" + ClientData.uniqueWord("x").toUpperCase(Locale.ROOT);
        long auditBefore = Http.lastAuditId();

        FormSignIn.Result signIn = signIn("frontdesk", TestServer.DEMO_PASSWORD, planted);

        HttpResponse<String> r = signIn.response();
        assertEquals(302, r.statusCode(), Http.describe(r));
        assertTrue(r.headers().firstValue("Location").orElse("").endsWith("/index.xhtml"), Http.describe(r));
        List<String> cookies = Http.setCookies(r, "JSESSIONID");
        assertFalse(cookies.isEmpty(), "a session cookie is set at sign-in: " + r.headers().map());
        String cookie = cookies.get(cookies.size() - 1);
        List<String> attributes = List.of(cookie.toLowerCase(Locale.ROOT).split("\\s*;\\s*"));
        assertTrue(attributes.contains("httponly"), "HttpOnly: " + cookie);
        assertTrue(attributes.contains("samesite=strict"), "SameSite=Strict: " + cookie);
        assertTrue(attributes.contains("secure"), "Secure: " + cookie);
        String session = Http.sessionId(r).orElseThrow();
        assertFalse(signIn.cookiesSentBefore().contains(session),
                "the session id after sign-in (" + session + ") is none sent before " + signIn.cookiesSentBefore());

        assertEquals(200, Http.get("clients/list.xhtml", session).statusCode(), "the new session is signed in");
        assertEquals(302, Http.get("clients/list.xhtml", planted).statusCode(), "the planted id is worth nothing");

        List<Map<String, String>> audit = Http.auditSince(auditBefore, "frontdesk");
        assertTrue(audit.stream().anyMatch(a -> a.get("action").equals("LOGIN") && a.get("outcome").equals("SUCCESS")
                && "sign-in page, second factor".equals(a.get("detail")) && a.get("source_address") != null), audit.toString());
    }

    @Test
    void signingInAgainReplacesAnExistingSessionId() {
        String first = Http.sessionId(signIn("counsellor", TestServer.DEMO_PASSWORD, null).response()).orElseThrow();
        assertEquals(200, Http.get("clients/list.xhtml", first).statusCode());

        FormSignIn.Result again = signIn("counsellor", TestServer.DEMO_PASSWORD, first);
        assertEquals(302, again.response().statusCode(), Http.describe(again.response()));
        String second = Http.sessionId(again.response()).orElseThrow(
                () -> new AssertionError("a new session id at sign-in: " + again.response().headers().map()));

        assertNotEquals(first, second);
        assertEquals(200, Http.get("clients/list.xhtml", second).statusCode());
        assertEquals(302, Http.get("clients/list.xhtml", first).statusCode(), "the old id no longer signs anyone in");
    }

    @Test
    void aFailedSignInShowsAMessageAndSignsNobodyIn() throws Exception {
        String unknown = ClientData.uniqueWord("nosuchformuser");
        long auditBefore = Http.lastAuditId();
        FormSignIn.Result failed = signIn(unknown, "wrong-password-123", null);

        assertEquals(200, failed.response().statusCode(), Http.describe(failed.response()));
        assertTrue(failed.response().body().contains("Sign-in failed"), Http.describe(failed.response()));
        assertFalse(failed.response().body().contains("wrong-password-123"), "the password is not echoed");
        Optional<String> session = Http.sessionId(failed.response());
        session.ifPresent(id -> assertEquals(302, Http.get("clients/list.xhtml", id).statusCode()));

        List<Map<String, String>> audit = Http.auditSince(auditBefore, unknown);
        assertEquals(1, audit.size(), audit.toString());
        assertEquals("LOGIN", audit.get(0).get("action"));
        assertEquals("FAILURE", audit.get(0).get("outcome"));
    }

    @Test
    void administrationPagesNeedTheAdministratorRole() {
        String frontDesk = Http.sessionId(signIn("frontdesk", TestServer.DEMO_PASSWORD, null).response()).orElseThrow();
        String admin = Http.sessionId(signIn("admin", TestServer.DEMO_PASSWORD, null).response()).orElseThrow();

        HttpResponse<String> refused = Http.get("admin/staff.xhtml", frontDesk);
        assertEquals(403, refused.statusCode(), Http.describe(refused));
        assertFalse(refused.body().contains("counsellor2"), "no staff data on the refusal");
        assertEquals(403, Http.get("admin/audit.xhtml", frontDesk).statusCode());

        HttpResponse<String> allowed = Http.get("admin/staff.xhtml", admin);
        assertEquals(200, allowed.statusCode(), Http.describe(allowed));
        assertTrue(allowed.body().contains("counsellor2"), "the staff list is shown to the administrator");

        assertEquals(403, Http.get("clients/list.xhtml", admin).statusCode(), "administrators see no clients");
        assertEquals(302, Http.get("admin/staff.xhtml", null).statusCode(), "anonymous: off to sign in");
    }

    @Test
    void deactivatingAnAccountEndsItsLiveSessionAtTheNextRequest() {
        String username = ClientData.uniqueWord("it-web-");
        String password = "it-web-password-" + ClientData.uniqueWord("p");
        Api admin = ClientData.signedIn("admin");
        Api.Reply created = admin.post("api/staff", Json.createObjectBuilder().add("username", username)
                .add("displayName", "IT Web").add("roles", Json.createArrayBuilder().add("FRONT_DESK"))
                .add("password", password).build().toString());
        assertEquals(201, created.status(), created.toString());
        long id = created.json().getJsonNumber("id").longValue();

        String session = Http.sessionId(signIn(username, password, null).response()).orElseThrow();
        assertEquals(200, Http.get("clients/list.xhtml", session).statusCode());

        Api.Reply deactivated = admin.post("api/staff/" + id + "/deactivate", "");
        assertEquals(200, deactivated.status(), deactivated.toString());

        HttpResponse<String> after = Http.get("clients/list.xhtml", session);
        assertEquals(302, after.statusCode(), Http.describe(after));
        assertTrue(after.headers().firstValue("Location").orElse("").contains("ended=true"), Http.describe(after));
        assertEquals(302, Http.get("index.xhtml", session).statusCode(), "the session stays ended");
    }

    @Test
    void signOutIsAPostThatEndsTheSession() throws Exception {
        String session = Http.sessionId(signIn("supervisor", TestServer.DEMO_PASSWORD, null).response()).orElseThrow();

        HttpResponse<String> viaGet = Http.get("logout", session);
        assertEquals(302, viaGet.statusCode(), Http.describe(viaGet));
        assertEquals(200, Http.get("clients/list.xhtml", session).statusCode(), "a GET (a link) signs nobody out");

        long auditBefore = Http.lastAuditId();
        HttpResponse<String> signOut = Http.postForm("logout", Map.of(), session);
        assertEquals(302, signOut.statusCode(), Http.describe(signOut));
        assertTrue(signOut.headers().firstValue("Location").orElse("").contains("/login.xhtml?signedOut=true"),
                Http.describe(signOut));
        assertEquals(302, Http.get("clients/list.xhtml", session).statusCode(), "the session has ended");
        assertTrue(Http.auditSince(auditBefore, "supervisor").stream()
                .anyMatch(a -> a.get("action").equals("LOGOUT")), "sign-out is audited");
    }

    @Test
    void pagesAndApiAnswersCarryTheSecurityHeadersAndTraceIsRefused() {
        String session = Http.sessionId(signIn("frontdesk", TestServer.DEMO_PASSWORD, null).response()).orElseThrow();
        for (HttpResponse<String> r : List.of(Http.get("login.xhtml"), Http.getJson("api/clients", null),
                Http.get("clients/list.xhtml", session))) {
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), Http.describe(r));
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null), Http.describe(r));
            assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(null), Http.describe(r));
        }
        HttpResponse<String> trace = Http.send(Http.request("login.xhtml").method("TRACE",
                HttpRequest.BodyPublishers.noBody()));
        assertTrue(trace.statusCode() == 403 || trace.statusCode() == 405, Http.describe(trace));
    }

    @Test
    void readinessReportsTheDatabaseUp() {
        HttpResponse<String> r = Http.get("health/ready");
        assertEquals(200, r.statusCode(), Http.describe(r));
        JsonObject health = Http.json(r);
        assertEquals("UP", health.getString("status"), r.body());
        JsonObject database = health.getJsonArray("checks").stream().map(v -> v.asJsonObject())
                .filter(c -> "database".equals(c.getString("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no database check: " + r.body()));
        assertEquals("UP", database.getString("status"), r.body());
    }

    @Test
    void openApiDescribesTheClientApi() {
        HttpResponse<String> r = Http.get("openapi");
        assertEquals(200, r.statusCode(), Http.describe(r));
        for (String expected : List.of("/api/clients", "/api/clients/{id}", "/api/auth/token", "bearer",
                "confirmDuplicate")) {
            assertTrue(r.body().contains(expected), "OpenAPI mentions " + expected + ":\n" + r.body());
        }
    }

    // ---- signing in through the real form -----------------------------------------------------------

    /** The sign-in's answer, and every session id the browser held before it. */
    private static FormSignIn.Result signIn(String username, String password, String cookie) {
        return FormSignIn.signIn(username, password, cookie);
    }
}

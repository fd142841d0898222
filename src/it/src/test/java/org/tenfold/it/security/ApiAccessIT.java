package org.tenfold.it.security;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tenfold.it.api.ClientData.assertProblem;
import static org.tenfold.it.api.ClientData.client;
import static org.tenfold.it.api.ClientData.count;
import static org.tenfold.it.api.ClientData.create;
import static org.tenfold.it.api.ClientData.signedIn;
import static org.tenfold.it.api.ClientData.text;
import static org.tenfold.it.api.ClientData.uniqueWord;
import static org.tenfold.it.api.ClientData.with;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;
import org.tenfold.it.plan.PlanData;

/**
 * Who may call what over the API, and what it leaves behind: the token exchange and its refusals,
 * the role matrix, revoked tokens and deactivated accounts, lockout after five wrong passwords,
 * password hashes at rest, and the audit rows of sign-ins and client reads and writes.
 */
@ExtendWith(ArquillianExtension.class)
class ApiAccessIT {

    private static final String CLIENT_ROLES_NOTE = "FRONT_DESK, COUNSELLOR and SUPERVISOR work with clients";
    private static final String FRESH_PASSWORD = "it-password-" + uniqueWord("x");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    // ---- token exchange ------------------------------------------------------------------------

    @Test
    void tokenExchangeReturnsABearerTokenWithRolesAndExpiry() throws Exception {
        long auditBefore = Http.lastAuditId();
        HttpResponse<String> r = token("frontdesk", TestServer.DEMO_PASSWORD);

        assertEquals(200, r.statusCode(), Http.describe(r));
        assertTrue(Http.contentType(r).startsWith("application/json"), Http.describe(r));
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""), "a token is never cached");
        JsonObject body = Http.json(r);
        String token = body.getString("token");
        assertTrue(token.length() >= 40, "a long random token: " + token);
        assertEquals("Bearer", body.getString("tokenType"));
        assertEquals("frontdesk", body.getString("username"));
        assertEquals(List.of("FRONT_DESK"), strings(body, "roles"));
        Duration lifetime = Duration.between(Instant.now(), Instant.parse(body.getString("expiresAt")));
        assertTrue(lifetime.compareTo(Duration.ofHours(7).plusMinutes(55)) > 0
                && lifetime.compareTo(Duration.ofHours(8).plusMinutes(5)) < 0, "valid about 8 hours: " + lifetime);

        // only a hash of the token is stored
        assertEquals(1, count("SELECT COUNT(*) FROM api_token WHERE token_hash = ?", sha256(token)));
        assertEquals(0, count("SELECT COUNT(*) FROM api_token WHERE token_hash = ?", token));

        List<Map<String, String>> audit = Http.auditSince(auditBefore, "frontdesk");
        assertTrue(audit.stream().anyMatch(a -> a.get("action").equals("TOKEN_ISSUED")
                && a.get("outcome").equals("SUCCESS") && isLoopback(a.get("source_address"))), audit.toString());

        JsonObject supervisor = Http.json(token("supervisor", TestServer.DEMO_PASSWORD));
        assertEquals(List.of("COUNSELLOR", "SUPERVISOR"), strings(supervisor, "roles"));

        HttpResponse<String> mixedCase = token("  FrontDesk ", TestServer.DEMO_PASSWORD);
        assertEquals(200, mixedCase.statusCode(), "usernames are not case-sensitive: " + Http.describe(mixedCase));
        assertEquals("frontdesk", Http.json(mixedCase).getString("username"));
    }

    @Test
    void failedTokenExchangeIsA401ProblemThatDoesNotSayWhichPartWasWrong() throws Exception {
        Staff fresh = newStaff("FRONT_DESK");
        String unknown = uniqueWord("nosuchuser");
        long auditBefore = Http.lastAuditId();

        HttpResponse<String> wrongPassword = token(fresh.username, "wrong-password-123");
        HttpResponse<String> unknownUser = token(unknown, FRESH_PASSWORD);
        HttpResponse<String> emptyPassword = token(fresh.username, "");
        for (HttpResponse<String> r : List.of(wrongPassword, unknownUser, emptyPassword)) {
            assertEquals(401, r.statusCode(), Http.describe(r));
            assertTrue(Http.contentType(r).startsWith("application/problem+json"), Http.describe(r));
            assertEquals("Bearer realm=\"tenfold\"", r.headers().firstValue("WWW-Authenticate").orElse(null),
                    Http.describe(r));
            JsonObject problem = Http.json(r);
            assertEquals(401, problem.getInt("status"));
            assertEquals("urn:tenfold:problem:unauthorized", problem.getString("type"));
            assertEquals("/api/auth/token", problem.getString("instance"));
            assertFalse(problem.containsKey("token"));
        }
        assertEquals(Http.json(wrongPassword), Http.json(unknownUser), "the same answer for both refusals");

        List<Map<String, String>> failures = Http.auditSince(auditBefore, fresh.username);
        assertEquals(2, failures.size(), failures.toString());
        failures.forEach(a -> {
            assertEquals("LOGIN", a.get("action"));
            assertEquals("FAILURE", a.get("outcome"));
            assertTrue(isLoopback(a.get("source_address")), a.toString());
        });
        List<Map<String, String>> unknownRows = Http.auditSince(auditBefore, unknown);
        assertEquals(1, unknownRows.size(), unknownRows.toString());
        assertEquals("FAILURE", unknownRows.get(0).get("outcome"));

        for (String bad : List.of("{\"username\":\"frontdesk\"}", "{\"password\":\"x\"}", "{}", "{\"username\":",
                "[]", "null")) {
            HttpResponse<String> r = Http.postJson("api/auth/token", bad, null);
            assertEquals(400, r.statusCode(), bad + " -> " + Http.describe(r));
            assertTrue(Http.contentType(r).startsWith("application/problem+json"), Http.describe(r));
        }
    }

    @Test
    void anUnusableBearerTokenIsA401Problem() {
        for (String authorization : List.of("Bearer not-a-token", "Bearer " + "a".repeat(300), "Bearer ",
                "Basic ZnJvbnRkZXNrOnRlbmZvbGQtZGVtby1vbmx5", "Token abc")) {
            HttpResponse<String> r = Http.getJson("api/clients", authorization);
            assertEquals(401, r.statusCode(), authorization + " -> " + Http.describe(r));
            assertTrue(Http.contentType(r).startsWith("application/problem+json"), Http.describe(r));
            assertEquals("Bearer realm=\"tenfold\"", r.headers().firstValue("WWW-Authenticate").orElse(null));
            assertEquals(401, Http.json(r).getInt("status"));
        }
    }

    // ---- the role matrix -----------------------------------------------------------------------

    @Test
    void clientRolesCanListCreateReadAndUpdateClients() throws Exception {
        for (String username : List.of("frontdesk", "counsellor", "counsellor2", "supervisor")) {
            Api api = signedIn(username);
            assertEquals(200, api.get("api/clients?q=demoulin").status(), username + ": " + CLIENT_ROLES_NOTE);
            JsonObject created = create(api, client("Role", uniqueWord("Matrix" + username)));
            long id = created.getJsonNumber("id").longValue();
            Api.Reply read = api.get("api/clients/" + id);
            assertEquals(200, read.status(), username + " reads: " + read);
            Api.Reply saved = api.put("api/clients/" + id, with(read.json(), "city", "Bath"), read.etag());
            if (username.equals("frontdesk")) {
                assertEquals(200, saved.status(), username + " saves: " + saved);
            } else {
                // clinical staff change the details of the clients in their own care only
                assertProblem(saved, 403, "forbidden");
                assertEquals(1L, count("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'CLIENT_UPDATE'"
                        + " AND outcome = 'DENIED' AND client_id = ?", username, id), username + "'s refusal is audited");
            }
        }
        PlanData.Person counsellor = PlanData.newStaff("details", "COUNSELLOR");
        long own = PlanData.intakeDone(counsellor, client("Own", uniqueWord("Caseload")));
        Api.Reply read = counsellor.api().get("api/clients/" + own);
        Api.Reply saved = counsellor.api().put("api/clients/" + own, with(read.json(), "city", "Bath"), read.etag());
        assertEquals(200, saved.status(), "a counsellor changes the details of a client in their care: " + saved);
    }

    @Test
    void administratorHasNoClientAccess() {
        Api admin = signedIn("admin");
        Api frontDesk = signedIn("frontdesk");
        JsonObject existing = create(frontDesk, client("Admin", uniqueWord("Forbidden")));
        long id = existing.getJsonNumber("id").longValue();

        assertProblem(admin.get("api/clients"), 403, "forbidden");
        assertProblem(admin.get("api/clients?q=demoulin"), 403, "forbidden");
        assertProblem(admin.get("api/clients/" + id), 403, "forbidden");
        assertProblem(admin.post("api/clients", client("Admin", uniqueWord("Made")).build().toString()), 403,
                "forbidden");
        assertProblem(admin.put("api/clients/" + id, with(existing, "city", "Nope"), "\"" + existing.getJsonNumber(
                "version") + "\""), 403, "forbidden");
        assertEquals(200, admin.get("api/staff").status(), "administrators keep the staff list");
    }

    @Test
    void onlyAdministratorsReachTheStaffApi() throws Exception {
        String body = newStaffJson(uniqueWord("it-denied-"), "FRONT_DESK").toString();
        for (String username : List.of("frontdesk", "counsellor", "supervisor")) {
            Api api = signedIn(username);
            assertProblem(api.get("api/staff"), 403, "forbidden");
            assertProblem(api.post("api/staff", body), 403, "forbidden");
            assertProblem(api.post("api/staff/1/deactivate", "{}"), 403, "forbidden");
        }
        assertProblem(Api.anonymous().get("api/staff"), 401, "unauthorized");
        assertEquals(0, count("SELECT COUNT(*) FROM staff WHERE username LIKE 'it-denied-%'"), "no account made");

        Api.Reply list = signedIn("admin").get("api/staff");
        assertEquals(200, list.status(), list.toString());
        List<String> usernames = list.json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("username")).toList();
        assertTrue(usernames.containsAll(List.of("admin", "frontdesk", "counsellor", "counsellor2", "supervisor")),
                usernames.toString());
        assertFalse(list.body().contains("pbkdf2"), "no password hash leaves the server");
    }

    @Test
    void anonymousCallsAreRefusedWith401AndWwwAuthenticate() {
        for (String path : List.of("api/clients", "api/clients?q=demoulin", "api/clients/1", "api/staff")) {
            HttpResponse<String> r = Http.getJson(path, null);
            assertEquals(401, r.statusCode(), path + " -> " + Http.describe(r));
            assertEquals("Bearer realm=\"tenfold\"", r.headers().firstValue("WWW-Authenticate").orElse(null), path);
        }
        Api anonymous = Api.anonymous();
        assertProblem(anonymous.post("api/clients", client("Anon", uniqueWord("Anon")).build().toString()), 401,
                "unauthorized");
        assertProblem(anonymous.put("api/clients/1", client("Anon", "Anon").build().toString(), "\"1\""), 401,
                "unauthorized");
    }

    /**
     * An anonymous caller (or one without the role) must be turned away before the request is looked
     * at: otherwise the answers (428, 400, 404) tell a stranger about the API and its records.
     */
    @Test
    void refusalComesBeforeInputChecks() {
        Api anonymous = Api.anonymous();
        Api admin = signedIn("admin");
        String body = client("Anon", "Anon").build().toString();
        assertAll(
                () -> assertProblem(anonymous.put("api/clients/1", body, null), 401, "unauthorized"),
                () -> assertProblem(anonymous.put("api/clients/1", body, "\"junk\""), 401, "unauthorized"),
                () -> assertProblem(anonymous.get("api/clients?sort=bogus"), 401, "unauthorized"),
                () -> assertProblem(admin.put("api/clients/1", body, null), 403, "forbidden"),
                () -> assertProblem(admin.get("api/clients?size=0"), 403, "forbidden"));
    }

    // ---- revoked tokens, deactivated and locked accounts -------------------------------------------------

    @Test
    void revokedTokenIsRefusedAndOtherTokensKeepWorking() throws Exception {
        Api revoked = Api.as("frontdesk");
        Api other = Api.as("frontdesk");
        assertEquals(200, revoked.get("api/clients?size=1").status());
        long auditBefore = Http.lastAuditId();

        Api.Reply revoke = revoked.delete("api/auth/token");
        assertEquals(204, revoke.status(), revoke.toString());

        HttpResponse<String> after = Http.getJson("api/clients", "Bearer " + revoked.token());
        assertEquals(401, after.statusCode(), Http.describe(after));
        assertTrue(Http.contentType(after).startsWith("application/problem+json"), Http.describe(after));
        assertEquals("Bearer realm=\"tenfold\"", after.headers().firstValue("WWW-Authenticate").orElse(null));
        assertProblem(revoked.delete("api/auth/token"), 401, "unauthorized");
        assertEquals(200, other.get("api/clients?size=1").status(), "only the token sent was revoked");

        assertNotNull(text("SELECT revoked_at FROM api_token WHERE token_hash = ?", sha256(revoked.token())));
        assertNull(text("SELECT revoked_at FROM api_token WHERE token_hash = ?", sha256(other.token())));
        assertTrue(Http.auditSince(auditBefore, "frontdesk").stream()
                .anyMatch(a -> a.get("action").equals("TOKEN_REVOKED") && isLoopback(a.get("source_address"))));

        assertProblem(Api.anonymous().delete("api/auth/token"), 400, "invalid-input");
    }

    @Test
    void deactivatingAnAccountRevokesItsTokensAndRefusesSignIn() throws Exception {
        Api admin = signedIn("admin");
        Staff fresh = newStaff("FRONT_DESK", "COUNSELLOR");
        Api own = Api.as(fresh.username, FRESH_PASSWORD);
        assertEquals(200, own.get("api/clients?size=1").status());
        long auditBefore = Http.lastAuditId();

        Api.Reply deactivated = admin.post("api/staff/" + fresh.id + "/deactivate", "");
        assertEquals(200, deactivated.status(), deactivated.toString());
        assertFalse(deactivated.json().getBoolean("active"));

        HttpResponse<String> refused = Http.getJson("api/clients?size=1", "Bearer " + own.token());
        assertEquals(401, refused.statusCode(), Http.describe(refused));
        assertTrue(Http.contentType(refused).startsWith("application/problem+json"), Http.describe(refused));
        assertEquals(401, token(fresh.username, FRESH_PASSWORD).statusCode(), "no new token either");
        assertEquals(0, count("SELECT COUNT(*) FROM api_token t JOIN staff s ON s.id = t.staff_id "
                + "WHERE s.username = ? AND t.revoked_at IS NULL", fresh.username), "every token revoked");
        assertEquals(1, count("SELECT COUNT(*) FROM staff WHERE id = ? AND active = FALSE", fresh.id));

        assertTrue(Http.auditSince(auditBefore, "admin").stream().anyMatch(a -> a.get("action").equals(
                "STAFF_DEACTIVATE") && a.get("entity_id").equals(String.valueOf(fresh.id))));
        assertTrue(Http.auditSince(auditBefore, fresh.username).stream().anyMatch(a -> a.get("action")
                .equals("LOGIN") && a.get("outcome").equals("FAILURE")));

        Api.Reply reactivated = admin.post("api/staff/" + fresh.id + "/reactivate", "");
        assertEquals(200, reactivated.status(), reactivated.toString());
        assertEquals(200, Api.as(fresh.username, FRESH_PASSWORD).get("api/clients?size=1").status());
        assertEquals(401, Http.getJson("api/clients?size=1", "Bearer " + own.token()).statusCode(),
                "a revoked token stays revoked");
    }

    @Test
    void administratorCannotDeactivateThemselvesOrUnknownAccounts() throws Exception {
        Api admin = signedIn("admin");
        String adminId = text("SELECT id FROM staff WHERE username = 'admin'");
        assertProblem(admin.post("api/staff/" + adminId + "/deactivate", ""), 400, "invalid-input");
        assertEquals(1, count("SELECT COUNT(*) FROM staff WHERE username = 'admin' AND active = TRUE"));
        assertProblem(admin.post("api/staff/999999999/deactivate", ""), 404, "not-found");
        assertProblem(admin.post("api/staff/abc/deactivate", ""), 404, "not-found");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
        Staff fresh = newStaff("COUNSELLOR");
        long auditBefore = Http.lastAuditId();
        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> r = token(fresh.username, "wrong-password-" + i);
            assertEquals(401, r.statusCode(), "attempt " + i + ": " + Http.describe(r));
        }
        assertEquals(5, count("SELECT failed_logins FROM staff WHERE id = ?", fresh.id));

        HttpResponse<String> rightPassword = token(fresh.username, FRESH_PASSWORD);
        assertEquals(401, rightPassword.statusCode(), "locked: " + Http.describe(rightPassword));
        assertTrue(Http.contentType(rightPassword).startsWith("application/problem+json"));

        Instant lockedUntil;
        try (Connection c = TestServer.database(); PreparedStatement s = c.prepareStatement(
                "SELECT locked_until FROM staff WHERE id = ?")) {
            s.setLong(1, fresh.id);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                Timestamp t = r.getTimestamp(1);
                assertNotNull(t, "locked_until is set");
                lockedUntil = t.toInstant();
            }
        }
        Duration left = Duration.between(Instant.now(), lockedUntil);
        assertTrue(left.compareTo(Duration.ofMinutes(13)) > 0 && left.compareTo(Duration.ofMinutes(16)) < 0,
                "locked for about 15 minutes: " + left);

        List<Map<String, String>> audit = Http.auditSince(auditBefore, fresh.username);
        assertEquals(List.of("FAILURE", "FAILURE", "FAILURE", "FAILURE", "FAILURE", "DENIED"),
                audit.stream().map(a -> a.get("outcome")).toList(), audit.toString());
        audit.forEach(a -> assertEquals("LOGIN", a.get("action")));
        assertTrue(audit.get(4).get("detail").contains("locked"), audit.get(4).toString());

        JsonObject listed = signedIn("admin").get("api/staff").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).filter(s -> s.getString("username").equals(fresh.username))
                .findFirst().orElseThrow();
        assertTrue(listed.getBoolean("locked"), listed.toString());
        assertEquals(0, count("SELECT COUNT(*) FROM api_token WHERE staff_id = ?", fresh.id), "no token issued");
    }

    @Test
    void passwordsAreStoredAsPbkdf2With600000IterationsAndASalt() throws Exception {
        Staff one = newStaff("FRONT_DESK");
        Staff two = newStaff("FRONT_DESK");
        String hashOne = text("SELECT password_hash FROM staff WHERE id = ?", one.id);
        String hashTwo = text("SELECT password_hash FROM staff WHERE id = ?", two.id);
        for (String hash : List.of(hashOne, hashTwo, text("SELECT password_hash FROM staff WHERE username = 'admin'"),
                text("SELECT password_hash FROM staff WHERE username = 'frontdesk'"))) {
            String[] parts = hash.split("\\$");
            assertEquals(4, parts.length, hash);
            assertEquals("pbkdf2-sha256", parts[0]);
            assertEquals("600000", parts[1]);
            assertTrue(parts[2].length() >= 16 && parts[3].length() >= 40, "salt and 256-bit hash: " + hash);
            assertFalse(hash.contains(FRESH_PASSWORD) || hash.contains(TestServer.DEMO_PASSWORD));
        }
        assertNotEquals(hashOne, hashTwo, "the same password hashes differently: salted");
    }

    @Test
    void staffAccountsNeedALongPasswordAValidAndFreeUsername() throws Exception {
        Api admin = signedIn("admin");
        String username = uniqueWord("it-short-");
        JsonObject shortPassword = assertProblem(admin.post("api/staff", Json.createObjectBuilder(
                newStaffJson(username, "FRONT_DESK")).add("password", "elevenchars").build().toString()), 400,
                "invalid-input");
        assertTrue(shortPassword.getJsonObject("errors").containsKey("password"), shortPassword.toString());
        assertProblem(admin.post("api/staff", Json.createObjectBuilder(newStaffJson("no spaces allowed", "FRONT_DESK"))
                .build().toString()), 400, "invalid-input");
        assertProblem(admin.post("api/staff", Json.createObjectBuilder(newStaffJson(uniqueWord("it-badrole-"),
                "FRONT_DESK")).add("roles", Json.createArrayBuilder().add("ROOT")).build().toString()), 400, null);
        assertProblem(admin.post("api/staff", newStaffJson("FrontDesk", "FRONT_DESK").toString()), 409, "conflict");
        assertEquals(0, count("SELECT COUNT(*) FROM staff WHERE username = ?", username));
    }

    @Test
    void staffAccountWithoutRolesGetsAFieldErrorNotAMalformedJsonProblem() throws Exception {
        String username = uniqueWord("it-norole-");
        JsonObject problem = assertProblem(signedIn("admin").post("api/staff", Json.createObjectBuilder(
                newStaffJson(username, "FRONT_DESK")).add("roles", Json.createArrayBuilder()).build().toString()),
                400, "invalid-input");
        assertTrue(problem.getJsonObject("errors").containsKey("roles"), problem.toString());
        assertEquals(0, count("SELECT COUNT(*) FROM staff WHERE username = ?", username));
    }

    @Test
    void aSuccessfulSignInResetsTheFailureCount() throws Exception {
        Staff fresh = newStaff("FRONT_DESK");
        for (int i = 1; i <= 4; i++) {
            assertEquals(401, token(fresh.username, "wrong-password-" + i).statusCode());
        }
        assertEquals(4, count("SELECT failed_logins FROM staff WHERE id = ?", fresh.id));
        assertEquals(200, token(fresh.username, FRESH_PASSWORD).statusCode());
        assertEquals(0, count("SELECT failed_logins FROM staff WHERE id = ?", fresh.id));
        for (int i = 1; i <= 4; i++) {
            assertEquals(401, token(fresh.username, "wrong-password-" + i).statusCode());
        }
        assertEquals(200, token(fresh.username, FRESH_PASSWORD).statusCode(), "four in a row do not lock");
        assertNull(text("SELECT locked_until FROM staff WHERE id = ?", fresh.id));
    }

    // ---- audit of client work ------------------------------------------------------------------

    @Test
    void clientViewCreateUpdateAndSearchEachLeaveAnAuditRow() throws Exception {
        Api frontDesk = signedIn("frontdesk");
        String last = uniqueWord("Audited");
        long auditBefore = Http.lastAuditId();

        JsonObject created = create(frontDesk, client("Audrey", last).add("email", "audrey@example.org"));
        long id = created.getJsonNumber("id").longValue();
        Api.Reply read = frontDesk.get("api/clients/" + id);
        Api.Reply saved = frontDesk.put("api/clients/" + id, with(read.json(), "email", "secret-new@example.org"),
                read.etag());
        assertEquals(200, saved.status(), saved.toString());
        frontDesk.get("api/clients?q=" + last);

        List<Map<String, String>> rows = Http.auditSince(auditBefore, "frontdesk");
        Map<String, String> create = only(rows, "CLIENT_CREATE", id);
        Map<String, String> view = only(rows, "CLIENT_VIEW", id);
        Map<String, String> update = only(rows, "CLIENT_UPDATE", id);
        for (Map<String, String> row : List.of(create, view, update)) {
            assertEquals("frontdesk", row.get("actor"));
            assertEquals("Client", row.get("entity_type"));
            assertEquals(String.valueOf(id), row.get("entity_id"));
            assertEquals("SUCCESS", row.get("outcome"));
            assertTrue(isLoopback(row.get("source_address")), row.toString());
            assertNotNull(row.get("occurred_at"));
        }
        assertTrue(create.get("detail").contains(created.getString("chartNumber")), create.toString());
        assertTrue(update.get("detail").contains("email"), "names the changed field: " + update);
        assertFalse(update.get("detail").contains("secret-new@example.org"), "but not its value: " + update);
        assertTrue(rows.stream().anyMatch(r -> r.get("action").equals("CLIENT_SEARCH")
                && r.get("detail").contains("1 found")), rows.toString());

        // refused requests change nothing and leave no success row
        long afterWork = Http.lastAuditId();
        assertProblem(frontDesk.put("api/clients/" + id, with(read.json(), "city", "X"), read.etag()), 412, "stale");
        assertTrue(Http.auditSince(afterWork, "frontdesk").stream()
                .noneMatch(r -> r.get("action").equals("CLIENT_UPDATE")));
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** A staff account only this test uses, created through the admin API. */
    private record Staff(long id, String username) {
    }

    private static Staff newStaff(String... roles) {
        String username = uniqueWord("it-");
        Api.Reply r = signedIn("admin").post("api/staff",
                Json.createObjectBuilder(newStaffJson(username, roles)).add("password", FRESH_PASSWORD).build()
                        .toString());
        assertEquals(201, r.status(), r.toString());
        assertNotNull(r.location(), r.toString());
        assertEquals(username, r.json().getString("username"));
        return new Staff(r.json().getJsonNumber("id").longValue(), username);
    }

    private static JsonObject newStaffJson(String username, String... roles) {
        var roleArray = Json.createArrayBuilder();
        for (String role : roles) {
            roleArray.add(role);
        }
        return Json.createObjectBuilder().add("username", username).add("displayName", "IT " + username)
                .add("email", username.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "") + "@example.org")
                .add("roles", roleArray).add("password", FRESH_PASSWORD).build();
    }

    private static HttpResponse<String> token(String username, String password) {
        // the demo accounts' second factor; accounts without one ignore the code
        return Http.postJson("api/auth/token", Json.createObjectBuilder().add("username", username)
                .add("password", password).add("code", TestServer.demoCode()).build().toString(), null);
    }

    private static Map<String, String> only(List<Map<String, String>> rows, String action, long clientId) {
        List<Map<String, String>> matching = rows.stream().filter(r -> r.get("action").equals(action)
                && String.valueOf(clientId).equals(r.get("client_id"))).toList();
        assertEquals(1, matching.size(), action + " rows for client " + clientId + ": " + rows);
        return matching.get(0);
    }

    private static List<String> strings(JsonObject o, String key) {
        return o.getJsonArray(key).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static boolean isLoopback(String address) {
        try {
            return address != null && !address.isBlank() && InetAddress.getByName(address).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}

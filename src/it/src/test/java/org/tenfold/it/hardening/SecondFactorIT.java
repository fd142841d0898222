package org.tenfold.it.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;

/**
 * The second factor at the token exchange: an administrator cannot have a token without the code; a new
 * administrator, or anyone once the clinic asks it of everyone, must set it up on the sign-in page first.
 */
@ExtendWith(ArquillianExtension.class)
class SecondFactorIT {

    static final String PASSWORD = "second factor test password";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void anAdministratorCannotSignInWithoutTheCode() {
        Api.Reply none = token("admin", TestServer.DEMO_PASSWORD, null);
        assertEquals(401, none.status(), none.toString());
        assertEquals("urn:tenfold:problem:second-factor-required", none.json().getString("type"));

        long before = failures("admin");
        long counted = count("SELECT failed_logins FROM staff WHERE username = 'admin'");
        Api.Reply wrong = token("admin", TestServer.DEMO_PASSWORD, wrongCode());
        assertEquals(401, wrong.status(), wrong.toString());
        assertEquals("urn:tenfold:problem:unauthorized", wrong.json().getString("type"));
        assertEquals(before + 1, failures("admin"), "a wrong code is audited as a failed sign-in");
        assertEquals(counted + 1, count("SELECT failed_logins FROM staff WHERE username = 'admin'"),
                "and counted towards the lock");

        Api.Reply right = token("admin", TestServer.DEMO_PASSWORD, TestServer.demoCode());
        assertEquals(200, right.status(), right.toString());
        assertEquals(0, count("SELECT failed_logins FROM staff WHERE username = 'admin'"), "a full sign-in resets it");
    }

    @Test
    void aNewAdministratorMustSetUpTheSecondFactorBeforeAnyToken() {
        String username = newStaff("ADMIN");
        Api.Reply r = token(username, PASSWORD, TestServer.demoCode());
        assertEquals(403, r.status(), r.toString());
        assertEquals("urn:tenfold:problem:second-factor-enrolment-required", r.json().getString("type"));
        assertEquals(0, count("SELECT COUNT(*) FROM api_token t JOIN staff s ON s.id = t.staff_id WHERE s.username = ?",
                username));
        assertEquals(null, TestServer.queryOne("SELECT totp_secret FROM staff WHERE username = ?", username),
                "no secret is ever preset for an account that is not a demo one");
    }

    @Test
    void theClinicCanAskItOfEveryoneAndRemembersDevicesForThirtyDaysAtMost() {
        Api admin = Api.as("admin");
        String frontDesk = newStaff("FRONT_DESK");
        assertEquals(200, token(frontDesk, PASSWORD, null).status(), "not required of front desk by default");
        try {
            Api.Reply set = admin.put("api/settings/sign-in", "{\"secondFactorForEveryone\":true,\"rememberDeviceDays\":7}",
                    null);
            assertEquals(200, set.status(), set.toString());
            Api.Reply r = token(frontDesk, PASSWORD, null);
            assertEquals(403, r.status(), r.toString());
            assertEquals("urn:tenfold:problem:second-factor-enrolment-required", r.json().getString("type"));
            assertTrue(count("SELECT COUNT(*) FROM audit_event WHERE action = 'SETTINGS_UPDATE' AND actor = 'admin'"
                    + " AND detail LIKE 'sign-in: second factor for everyone%'") >= 1, "the change is audited");
            for (String bad : new String[] {"31", "-1", "1.5", "\"7\""}) {
                Api.Reply refused = admin.put("api/settings/sign-in", "{\"secondFactorForEveryone\":true,"
                        + "\"rememberDeviceDays\":" + bad + "}", null);
                assertEquals(400, refused.status(), bad + ": " + refused);
            }
            assertEquals(403, Api.as("frontdesk").put("api/settings/sign-in", "{\"secondFactorForEveryone\":false,"
                    + "\"rememberDeviceDays\":0}", null).status(), "administrators only");
        } finally {
            assertEquals(200, admin.put("api/settings/sign-in", "{\"secondFactorForEveryone\":false,"
                    + "\"rememberDeviceDays\":0}", null).status());
        }
        assertEquals(200, token(frontDesk, PASSWORD, null).status());
    }

    @Test
    void anAdministratorCannotResetTheirOwnSecondFactor() {
        Api admin = Api.as("admin");
        JsonObject me = admin.get("api/staff").json().getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(s -> s.getString("username").equals("admin")).findFirst().orElseThrow();
        assertTrue(me.getBoolean("secondFactor"), me.toString());
        Api.Reply own = admin.post("api/staff/" + me.getJsonNumber("id") + "/second-factor/reset", "");
        assertEquals(400, own.status(), own.toString());
        assertTrue(TestServer.queryOne("SELECT totp_secret FROM staff WHERE username = 'admin'") != null);
        assertEquals(403, Api.as("frontdesk").post("api/staff/" + me.getJsonNumber("id") + "/second-factor/reset", "")
                .status());
    }

    static Api.Reply token(String username, String password, String code) {
        var body = Json.createObjectBuilder().add("username", username).add("password", password);
        if (code != null) {
            body.add("code", code);
        }
        return Api.anonymous().post("api/auth/token", body.build().toString());
    }

    static String newStaff(String role) {
        String username = ("mfa-" + role + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36))
                .toLowerCase(Locale.ROOT).replace('_', '-');
        Api.Reply created = Api.as("admin").post("api/staff", Json.createObjectBuilder().add("username", username)
                .add("displayName", "MFA " + username).add("email", username + "@example.org")
                .add("roles", Json.createArrayBuilder().add(role)).add("password", PASSWORD).build().toString());
        assertEquals(201, created.status(), created.toString());
        return username;
    }

    /** A six-digit code that is none of the demo secret's codes around now. */
    private static String wrongCode() {
        String code = TestServer.demoCode();
        return code.equals("000000") ? "111111" : "000000";
    }

    private static long failures(String username) {
        return count("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'LOGIN' AND outcome = 'FAILURE'"
                + " AND detail = 'wrong second-factor code'", username);
    }

    static long count(String sql, Object... params) {
        return ((Number) TestServer.queryOne(sql, params)).longValue();
    }
}

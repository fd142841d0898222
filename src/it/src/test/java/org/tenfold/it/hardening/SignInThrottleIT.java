package org.tenfold.it.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenfold.it.TestServer;
import org.tenfold.launcher.Launcher;

/**
 * Sign-in attempts are throttled per source address and per username before anything is hashed: past
 * the allowance the answer is a 429 with Retry-After, even for the right password, and the first
 * refusal of a run is audited once. Each test stands for its own computer (a forwarded address), so the
 * rest of the suite, which signs in from 127.0.0.1, is left alone.
 */
@ExtendWith(ArquillianExtension.class)
class SignInThrottleIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void oneUsernameGetsSixTriesThenWaitsWhateverAddressItComesFrom() {
        String username = "nobody-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        for (int i = 1; i <= 6; i++) {
            Proxied.Reply r = token(randomAddress(), username, "wrong-" + i);
            assertEquals(401, r.status(), "attempt " + i + ": " + r);
        }
        Proxied.Reply throttled = token(randomAddress(), username, "wrong-7");
        assertThrottled(throttled);
        assertEquals(1L, count("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'LOGIN'"
                + " AND outcome = 'DENIED' AND detail LIKE '%throttled%'", username), "the refusal is audited once");
        assertThrottled(token(randomAddress(), username, "wrong-8"));
        assertEquals(1L, count("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND outcome = 'DENIED'", username),
                "a run of refusals writes one row, not one per attempt");
        assertEquals(6L, count("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND outcome = 'FAILURE'", username),
                "only the six admitted attempts were checked");
    }

    @Test
    void oneAddressGetsItsAllowanceThenEvenTheRightPasswordWaits() {
        String address = randomAddress();
        int allowance = Launcher.TEST_ADDRESS_ATTEMPTS;
        for (int i = 1; i <= allowance; i++) {
            String username = "nobody-" + i + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
            Proxied.Reply r = token(address, username, "wrong");
            assertEquals(401, r.status(), "attempt " + i + " of " + allowance + ": " + r);
        }
        Proxied.Reply right = Proxied.postJson(address, "api/auth/token", Json.createObjectBuilder()
                .add("username", "frontdesk").add("password", TestServer.DEMO_PASSWORD).add("code", TestServer.demoCode())
                .build().toString());
        assertThrottled(right);
        Proxied.Reply elsewhere = Proxied.postJson(randomAddress(), "api/auth/token", Json.createObjectBuilder()
                .add("username", "frontdesk").add("password", TestServer.DEMO_PASSWORD).add("code", TestServer.demoCode())
                .build().toString());
        assertEquals(200, elsewhere.status(), "another computer signs in as usual: " + elsewhere);
    }

    private static void assertThrottled(Proxied.Reply r) {
        assertEquals(429, r.status(), r.toString());
        assertTrue(r.header("Content-Type").startsWith("application/problem+json"), r.toString());
        assertTrue(r.body().contains("too-many-attempts"), r.body());
        int retryAfter = Integer.parseInt(r.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After in seconds: " + retryAfter);
    }

    private static Proxied.Reply token(String address, String username, String password) {
        return Proxied.postJson(address, "api/auth/token", Json.createObjectBuilder().add("username", username)
                .add("password", password).build().toString());
    }

    /** An address from the range reserved for network benchmarks (198.18.0.0/15), different for each call. */
    private static String randomAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "198." + r.nextInt(18, 20) + "." + r.nextInt(0, 256) + "." + r.nextInt(1, 255);
    }

    private static long count(String sql, Object... params) {
        return ((Number) TestServer.queryOne(sql, params)).longValue();
    }
}

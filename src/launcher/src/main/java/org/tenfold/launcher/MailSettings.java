package org.tenfold.launcher;

import java.util.Map;

/**
 * Where the server sends mail (appointment reminders). With {@code TENFOLD_SMTP_HOST} set it is the
 * clinic's SMTP server (production); otherwise the run command catches every message in its own
 * development server, and the test server sends to the one the integration tests start.
 */
public record MailSettings(boolean external, String host, int port, String from, String user, boolean auth,
        boolean startTls, String password) {

    /** The test server's SMTP port: the integration tests listen there. */
    public static int testPort(int offset) {
        return 2525 + offset;
    }

    /** The account the test server signs in with; the tests' server accepts only this password. */
    public static MailSettings forTests(int offset) {
        return new MailSettings(false, "127.0.0.1", testPort(offset), "appointments@tenfold.test", "tenfold-it", true,
                false, "it-smtp-password-" + offset);
    }

    static MailSettings fromEnvironment(Map<String, String> env) {
        String host = env.get("TENFOLD_SMTP_HOST");
        if (host == null || host.isBlank()) {
            return new MailSettings(false, "127.0.0.1", 0, "appointments@localhost", "tenfold", false, false, "");
        }
        String from = env.get("TENFOLD_SMTP_FROM");
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("TENFOLD_SMTP_HOST is set but TENFOLD_SMTP_FROM is not: give the"
                    + " address reminders are sent from");
        }
        String user = env.getOrDefault("TENFOLD_SMTP_USER", "");
        return new MailSettings(true, host.strip(), Integer.parseInt(env.getOrDefault("TENFOLD_SMTP_PORT", "587")),
                from.strip(), user.isBlank() ? "tenfold" : user.strip(), !user.isBlank(),
                Boolean.parseBoolean(env.getOrDefault("TENFOLD_SMTP_STARTTLS", "true")),
                env.getOrDefault("TENFOLD_SMTP_PASSWORD", ""));
    }

    MailSettings onPort(int newPort) {
        return new MailSettings(external, host, newPort, from, user, auth, startTls, password);
    }

    /** The @{SMTP_*} values of config/domain.asadmin. */
    Map<String, String> placeholders() {
        return Map.of("SMTP_HOST", host, "SMTP_PORT", String.valueOf(port), "SMTP_FROM", from, "SMTP_USER", user,
                "SMTP_AUTH", String.valueOf(auth), "SMTP_STARTTLS", String.valueOf(startTls));
    }

    @Override
    public String toString() {
        return "MailSettings[" + host + ":" + port + ", from " + from + ", user " + user + "]"; // no password
    }
}

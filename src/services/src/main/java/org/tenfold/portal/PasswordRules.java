package org.tenfold.portal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a client's portal password must be (NIST SP 800-63B's advice): long enough, not one of the common
 * passwords in the shipped list ({@code common-passwords.txt}, 50,000 of them), not the client's own email
 * address or name, and not one character over and over. No rules about digits or symbols: length does the work.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = load();

    private PasswordRules() {
    }

    /** Why this password will not do, or empty when it will. {@code personal}: the email and names to keep out. */
    public static Optional<String> problem(char[] password, String... personal) {
        String p = password == null ? "" : new String(password);
        int length = p.codePointCount(0, p.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Choose a password of at least " + MIN_LENGTH + " characters; a few words together work well.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("A password is at most " + MAX_LENGTH + " characters.");
        }
        String lower = p.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || COMMON.contains(lower.strip())) {
            return Optional.of("That password is one of the most common ones, which others try first. Choose another.");
        }
        if (lower.chars().distinct().count() < 4) {
            return Optional.of("That password repeats too few characters. Choose another.");
        }
        for (String s : personal) {
            if (s == null) {
                continue;
            }
            String part = s.toLowerCase(Locale.ROOT).replaceFirst("@.*", "").strip();
            if (part.length() >= 4 && lower.contains(part)) {
                return Optional.of("Leave your name and email address out of your password.");
            }
        }
        return Optional.empty();
    }

    /** Whether the shipped list holds this password (for tests of the list itself). */
    static boolean isCommon(String password) {
        return COMMON.contains(password.toLowerCase(Locale.ROOT));
    }

    static int listed() {
        return COMMON.size();
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>(70_000);
        try (InputStream in = PasswordRules.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the services module");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}

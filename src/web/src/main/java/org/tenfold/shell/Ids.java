package org.tenfold.shell;

import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Record ids and counts as they arrive in a URL or a query: ASCII digits only (no sign, no spaces, no
 * other script's digits, which Java would otherwise read as numbers), within range. Anything else is no
 * id at all.
 */
public final class Ids {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");
    private static final Pattern SMALL = Pattern.compile("[0-9]{1,9}");

    private Ids() {
    }

    public static OptionalLong parse(String text) {
        if (text == null || !DIGITS.matcher(text.strip()).matches()) {
            return OptionalLong.empty();
        }
        long id = Long.parseLong(text.strip());
        return id > 0 ? OptionalLong.of(id) : OptionalLong.empty();
    }

    /** A count, page number or length in minutes: ASCII digits, at most 999,999,999. */
    public static OptionalInt parseCount(String text) {
        if (text == null || !SMALL.matcher(text.strip()).matches()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(text.strip()));
    }
}

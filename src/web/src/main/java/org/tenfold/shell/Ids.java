package org.tenfold.shell;

import java.util.OptionalLong;

/** Record ids as they arrive in a URL: anything but a positive number is no id at all. */
public final class Ids {

    private Ids() {
    }

    public static OptionalLong parse(String text) {
        if (text == null || text.isBlank() || text.length() > 18) {
            return OptionalLong.empty();
        }
        try {
            long id = Long.parseLong(text.strip());
            return id > 0 ? OptionalLong.of(id) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}

package org.tenfold.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes iCalendar (RFC 5545) content lines: CRLF line ends, TEXT values escaped, lines folded at
 * 75 octets of UTF-8 without splitting a character, date-times in UTC. Only what a feed needs.
 */
final class IcsWriter {

    static final int MAX_LINE_OCTETS = 75;
    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder(4096);

    IcsWriter begin(String component) {
        return line("BEGIN:" + component);
    }

    IcsWriter end(String component) {
        return line("END:" + component);
    }

    /** A value written as it is: a keyword, a number, a duration. */
    IcsWriter raw(String name, String value) {
        return line(name + ":" + value);
    }

    /** A TEXT value, escaped. */
    IcsWriter text(String name, String value) {
        return line(name + ":" + escape(value));
    }

    /** A DATE-TIME in UTC, seconds precision ("20270315T100000Z"). */
    IcsWriter utc(String name, Instant instant) {
        return line(name + ":" + UTC.format(instant));
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** RFC 5545 3.3.11: backslash, semicolon, comma and line breaks escaped; other controls dropped. */
    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\n' -> b.append("\\n");
                case '\r' -> {
                    b.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> {
                    if (c == '\t' || !Character.isISOControl(c)) {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /**
     * RFC 5545 3.1: a line longer than 75 octets continues on the next line after CRLF and one space.
     * Folds only between characters, so a multi-byte UTF-8 sequence (or a surrogate pair) stays whole.
     */
    static String fold(String line) {
        StringBuilder b = new StringBuilder(line.length() + 16);
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            int width = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > MAX_LINE_OCTETS) {
                b.append(CRLF).append(' ');
                octets = 1;
            }
            b.appendCodePoint(cp);
            octets += width;
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    private IcsWriter line(String content) {
        out.append(fold(content)).append(CRLF);
        return this;
    }
}

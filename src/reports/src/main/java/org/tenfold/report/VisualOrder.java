package org.tenfold.report;

import java.text.Bidi;

/**
 * A line of text in the order its glyphs are drawn, left to right: right-to-left runs (Hebrew, Arabic)
 * reversed in place, with their brackets mirrored, and runs ordered by the Unicode bidirectional
 * algorithm. The logical text goes beside it as the marked content's ActualText, so copying and screen
 * readers get the words as they were written.
 */
final class VisualOrder {

    private VisualOrder() {
    }

    /** The line as drawn; the same string when it holds nothing right-to-left. */
    static String of(String line) {
        char[] chars = line.toCharArray();
        if (!Bidi.requiresBidi(chars, 0, chars.length)) {
            return line;
        }
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        Integer[] order = new Integer[runs];
        for (int i = 0; i < runs; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            order[i] = i;
        }
        Bidi.reorderVisually(levels, 0, order, 0, runs);
        StringBuilder out = new StringBuilder(line.length());
        for (int r : order) {
            String run = line.substring(bidi.getRunStart(r), bidi.getRunLimit(r));
            if ((bidi.getRunLevel(r) & 1) == 0) {
                out.append(run);
                continue;
            }
            for (int i = run.length(); i > 0; ) {
                int cp = run.codePointBefore(i);
                i -= Character.charCount(cp);
                out.appendCodePoint(mirrored(cp));
            }
        }
        return out.toString();
    }

    private static int mirrored(int cp) {
        return switch (cp) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            case ']' -> '[';
            case '{' -> '}';
            case '}' -> '{';
            case '<' -> '>';
            case '>' -> '<';
            case '\u00AB' -> '\u00BB';
            case '\u00BB' -> '\u00AB';
            default -> cp;
        };
    }
}

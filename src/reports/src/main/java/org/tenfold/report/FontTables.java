package org.tenfold.report;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rewrites a TrueType file without some of its tables. Used once at start-up to drop the GSUB table:
 * PDFBox applies a font's GSUB rules (ligatures) on every {@code showText}, which costs about 50 times
 * the rest of the text work, and a clinical report needs no ligatures.
 */
final class FontTables {

    private static final int HEADER = 12;
    private static final int RECORD = 16;

    private FontTables() {
    }

    private record Table(String tag, int checksum, int offset, int length) {
    }

    static byte[] without(byte[] font, Set<String> dropped) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int version = in.getInt(0);
        int count = Short.toUnsignedInt(in.getShort(4));
        List<Table> kept = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int at = HEADER + i * RECORD;
            String tag = new String(font, at, 4, StandardCharsets.ISO_8859_1);
            Table table = new Table(tag, in.getInt(at + 4), in.getInt(at + 8), in.getInt(at + 12));
            if (table.offset() < 0 || table.length() < 0 || (long) table.offset() + table.length() > font.length) {
                throw new IllegalArgumentException("Font table " + tag + " lies outside the file");
            }
            if (!dropped.contains(tag)) {
                kept.add(table);
            }
        }
        if (kept.size() == count) {
            return font.clone();
        }
        int n = kept.size();
        int size = align(HEADER + n * RECORD);
        for (Table t : kept) {
            size += align(t.length());
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int power = Integer.highestOneBit(n);
        out.putInt(version)
                .putShort((short) n)
                .putShort((short) (power * RECORD))
                .putShort((short) Integer.numberOfTrailingZeros(power))
                .putShort((short) (n * RECORD - power * RECORD));
        int data = align(HEADER + n * RECORD);
        int headAt = -1;
        // records stay in the original (tag) order, as the format requires
        for (Table t : kept) {
            out.put(t.tag().getBytes(StandardCharsets.ISO_8859_1)).putInt(t.checksum()).putInt(data).putInt(t.length());
            if (t.tag().equals("head")) {
                headAt = data;
            }
            data += align(t.length());
        }
        data = align(HEADER + n * RECORD);
        for (Table t : kept) {
            out.put(data, font, t.offset(), t.length());
            data += align(t.length());
        }
        if (headAt >= 0) {
            // whole-file checksum adjustment, computed with the field itself set to zero
            out.putInt(headAt + 8, 0);
            int sum = 0;
            for (int i = 0; i < size; i += 4) {
                sum += out.getInt(i);
            }
            out.putInt(headAt + 8, 0xB1B0AFBA - sum);
        }
        return out.array();
    }

    private static int align(int length) {
        return (length + 3) & ~3;
    }
}

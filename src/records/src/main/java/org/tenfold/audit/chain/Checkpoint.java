package org.tenfold.audit.chain;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * A signed statement of where every lane's chain stood at one moment: its last seq and hash. A later
 * verification finds each of them again, so removing rows from the end of a lane (or the whole table)
 * is detected as far as the newest checkpoint reaches.
 *
 * @param heads lane → (seq, hash) for every lane that has rows
 */
public record Checkpoint(Instant madeAt, long events, Map<Integer, LaneHead> heads) {

    private static final String VERSION = "tenfold-checkpoint-v1";

    public record LaneHead(long seq, String hash) {
    }

    public String content() {
        StringBuilder b = new StringBuilder(VERSION).append('\n');
        Instant at = AuditChain.storedPrecision(madeAt);
        b.append("made=").append(at.getEpochSecond()).append('.').append(String.format("%06d", at.getNano() / 1000))
                .append('\n');
        b.append("events=").append(events).append('\n');
        new TreeMap<>(heads).forEach((lane, head) -> b.append("lane.").append(lane).append('=').append(head.seq())
                .append(':').append(head.hash()).append('\n'));
        return b.toString();
    }

    /** Reads the content a checkpoint row stores (the text its HMAC covers). */
    public static Checkpoint parse(String content) {
        String[] lines = content.split("\n");
        if (lines.length < 3 || !VERSION.equals(lines[0])) {
            throw new IllegalArgumentException("not a checkpoint: " + (lines.length == 0 ? "" : lines[0]));
        }
        Instant made = null;
        long events = -1;
        Map<Integer, LaneHead> heads = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int eq = line.indexOf('=');
            String key = line.substring(0, eq);
            String value = line.substring(eq + 1);
            if (key.equals("made")) {
                String[] parts = value.split("\\.");
                made = Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1]) * 1000);
            } else if (key.equals("events")) {
                events = Long.parseLong(value);
            } else if (key.startsWith("lane.")) {
                int colon = value.indexOf(':');
                heads.put(Integer.parseInt(key.substring(5)),
                        new LaneHead(Long.parseLong(value.substring(0, colon)), value.substring(colon + 1)));
            }
        }
        return new Checkpoint(made, events, heads);
    }
}

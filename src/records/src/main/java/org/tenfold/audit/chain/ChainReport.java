package org.tenfold.audit.chain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a walk of the audit chain found.
 *
 * @param rowsChecked     audit rows read
 * @param problems        every break found (at most {@link ChainVerifier#MAX_PROBLEMS}), in the order found
 * @param checkpoints     signed checkpoints read
 * @param lastCheckpoint  when the newest checkpoint was made (null: none)
 * @param unsignedEvents  events written after the newest checkpoint: their removal from the end of a lane
 *                        would not be seen until the next checkpoint
 * @param head            SHA-256 over every lane's last seq and hash: equal heads, equal chains
 * @param keyAvailable    false when the checkpoint key was not given: signatures were not checked
 */
public record ChainReport(long rowsChecked, List<Problem> problems, int checkpoints, Instant lastCheckpoint,
        long unsignedEvents, String head, boolean keyAvailable, long millis) {

    /** One break: the row it is found at (null when the row itself is gone), and what is wrong. */
    public record Problem(Long eventId, Integer lane, Long seq, String reason) {

        @Override
        public String toString() {
            return (eventId == null ? "" : "audit event " + eventId + ": ") + reason;
        }
    }

    public boolean intact() {
        return problems.isEmpty();
    }

    /** The broken row with the lowest id (rows gone entirely come after named ones). */
    public Optional<Problem> firstBroken() {
        return problems.stream().min(Comparator.comparing(Problem::eventId, Comparator.nullsLast(Comparator.naturalOrder())));
    }

    /** One line for a terminal or a log. */
    public String summary() {
        if (intact()) {
            return "Audit chain intact: " + rowsChecked + " events, " + checkpoints + " signed checkpoint(s)"
                    + (lastCheckpoint == null ? "" : ", the newest at " + lastCheckpoint) + ", " + unsignedEvents
                    + " event(s) since it" + (keyAvailable ? "" : " (signatures NOT checked: no checkpoint key)")
                    + "; head " + head + " (" + millis + " ms)";
        }
        return "Audit chain BROKEN: " + firstBroken().orElseThrow() + " (" + problems.size() + " problem(s) in "
                + rowsChecked + " events, " + millis + " ms)";
    }
}

package org.tenfold.audit.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static AuditRow row(String detail, Long clientId) {
        return new AuditRow(1, Instant.parse("2026-12-07T10:15:30.123456789Z"), "counsellor", "NOTE_VIEW", "note", "7",
                clientId, "SUCCESS", "127.0.0.1", detail, null, null, null, null);
    }

    @Test
    void everyFieldAndThePlaceInTheLaneChangeTheHash() {
        String base = AuditChain.hash(AuditChain.GENESIS, row("a", 5L), 0, 1);
        assertEquals(base, AuditChain.hash(AuditChain.GENESIS, row("a", 5L), 0, 1));
        assertNotEquals(base, AuditChain.hash(AuditChain.GENESIS, row("b", 5L), 0, 1));
        assertNotEquals(base, AuditChain.hash(AuditChain.GENESIS, row("a", 6L), 0, 1));
        assertNotEquals(base, AuditChain.hash(AuditChain.GENESIS, row("a", null), 0, 1));
        assertNotEquals(base, AuditChain.hash(AuditChain.GENESIS, row("a", 5L), 1, 1));
        assertNotEquals(base, AuditChain.hash(AuditChain.GENESIS, row("a", 5L), 0, 2));
        assertNotEquals(base, AuditChain.hash("1".repeat(64), row("a", 5L), 0, 1));
    }

    @Test
    void fieldsCannotBorrowFromEachOther() {
        // "ab" + "" and "a" + "b" must not read alike: each value carries its length
        AuditRow one = new AuditRow(1, Instant.EPOCH, "ab", "X", "", null, null, "SUCCESS", null, null, null, null, null, null);
        AuditRow two = new AuditRow(1, Instant.EPOCH, "a", "X", "b", null, null, "SUCCESS", null, null, null, null, null, null);
        assertNotEquals(AuditChain.canonical(one, 0, 1), AuditChain.canonical(two, 0, 1));
        AuditRow empty = new AuditRow(1, Instant.EPOCH, "a", "X", "", null, null, "SUCCESS", null, null, null, null, null, null);
        AuditRow none = new AuditRow(1, Instant.EPOCH, "a", "X", null, null, null, "SUCCESS", null, null, null, null, null, null);
        assertNotEquals(AuditChain.canonical(empty, 0, 1), AuditChain.canonical(none, 0, 1));
    }

    @Test
    void theTimeIsHashedAsTheDatabaseStoresIt() {
        AuditRow nanos = row("a", 5L);
        AuditRow micros = new AuditRow(1, Instant.parse("2026-12-07T10:15:30.123456Z"), "counsellor", "NOTE_VIEW", "note",
                "7", 5L, "SUCCESS", "127.0.0.1", "a", null, null, null, null);
        assertEquals(AuditChain.hash(AuditChain.GENESIS, nanos, 0, 1), AuditChain.hash(AuditChain.GENESIS, micros, 0, 1));
    }

    @Test
    void aCheckpointReadsBackAndItsSignatureNeedsTheKey() {
        Checkpoint checkpoint = new Checkpoint(Instant.parse("2026-12-07T10:00:00Z"), 12,
                Map.of(0, new Checkpoint.LaneHead(10, "a".repeat(64)), 3, new Checkpoint.LaneHead(2, "b".repeat(64))));
        assertEquals(checkpoint, Checkpoint.parse(checkpoint.content()));
        CheckpointKey key = CheckpointKey.of(new byte[32]);
        CheckpointKey other = CheckpointKey.of("another key of thirty-two bytes!".getBytes());
        assertNotEquals(key.sign(checkpoint.content()), other.sign(checkpoint.content()));
        assertThrows(IllegalArgumentException.class, () -> CheckpointKey.of(new byte[16]));
        assertThrows(IllegalArgumentException.class, () -> Checkpoint.parse("something else\nmade=1.0\nevents=1"));
    }
}

package org.tenfold.audit.chain;

import java.time.Instant;

/**
 * One audit_event row as the chain sees it: its content, and its place in a lane (lane, seq) with the
 * hash of the row before it and its own. Lane, seq and hashes are null for a row outside the chain.
 */
public record AuditRow(long id, Instant occurredAt, String actor, String action, String entityType, String entityId,
        Long clientId, String outcome, String sourceAddress, String detail, Integer lane, Long seq, String prevHash,
        String rowHash) {
}

package org.tenfold.audit;

import java.time.Instant;

/**
 * Filters for the audit log (all optional, combined with AND) over the whole history: the staff member
 * (username), the action, the client, the outcome, and a time range [from, to).
 */
public record AuditQuery(String actor, AuditAction action, Long clientId, AuditOutcome outcome, Instant from,
        Instant to, int page, int size) {

    public AuditQuery(String actor, AuditAction action, Long clientId, int page, int size) {
        this(actor, action, clientId, null, null, null, page, size);
    }

    /** The filters in words, for the audit row that records a search or an export. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        if (actor != null && !actor.isBlank()) {
            b.append(" staff=").append(actor.strip());
        }
        if (action != null) {
            b.append(" action=").append(action);
        }
        if (clientId != null) {
            b.append(" client=").append(clientId);
        }
        if (outcome != null) {
            b.append(" outcome=").append(outcome);
        }
        if (from != null) {
            b.append(" from=").append(from);
        }
        if (to != null) {
            b.append(" to=").append(to);
        }
        return b.isEmpty() ? "no filter" : b.substring(1);
    }
}

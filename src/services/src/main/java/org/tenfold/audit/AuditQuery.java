package org.tenfold.audit;

/** Filters for the audit log screen: all optional. */
public record AuditQuery(String actor, AuditAction action, Long clientId, int page, int size) {
}

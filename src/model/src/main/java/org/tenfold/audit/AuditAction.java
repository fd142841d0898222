package org.tenfold.audit;

/** What was done. Stored by name: never rename a constant, add new ones. */
public enum AuditAction {
    LOGIN,
    LOGOUT,
    TOKEN_ISSUED,
    TOKEN_REVOKED,
    CLIENT_SEARCH,
    CLIENT_VIEW,
    CLIENT_CREATE,
    CLIENT_UPDATE,
    STAFF_CREATE,
    STAFF_UPDATE,
    STAFF_DEACTIVATE,
    STAFF_REACTIVATE,
    STAFF_UNLOCK,
    STAFF_PASSWORD_RESET,
    SETTINGS_UPDATE,
    AUDIT_VIEW,
    APPOINTMENT_BOOK,
    APPOINTMENT_CANCEL,
    APPOINTMENT_MOVE,
    APPOINTMENT_STATUS,
    ROOM_CREATE,
    WORKING_HOURS_UPDATE,
    TIME_OFF_ADD
}

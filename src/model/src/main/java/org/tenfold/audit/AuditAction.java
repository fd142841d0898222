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
    TIME_OFF_ADD,
    TIME_OFF_REMOVE,
    CALENDAR_FEED_CREATE,
    CALENDAR_FEED_REGENERATE,
    CALENDAR_FEED_DETAIL,
    CALENDAR_FEED_REVOKE,
    CALENDAR_FEED_READ,
    WAITLIST_VIEW,
    WAITLIST_ADD,
    WAITLIST_REMOVE,
    WAITLIST_BOOK,
    REMINDER_SENT,
    ENQUIRY_CREATE,
    ENQUIRY_VIEW,
    INTAKE_VIEW,
    INTAKE_SAVE,
    INTAKE_SUBMIT,
    INTAKE_REVIEW,
    CONSENT_VIEW,
    CONSENT_RECORD,
    CASE_OPEN,
    CASE_VIEW,
    CASE_CLOSE,
    CASE_REOPEN,
    CLIENT_FLAG_RAISE,
    CLIENT_FLAG_VIEW,
    CLIENT_FLAG_CLEAR,
    TASK_CREATE,
    TASK_DONE,
    /** Emergency access to a case by a counsellor not on it: always look at these. */
    BREAK_THE_GLASS,
    BREAK_THE_GLASS_VIEW,
    SUPERVISION_UPDATE,
    STEP_RECORDS_VIEW,
    BOUNDARY_CREATE,
    BOUNDARY_UPDATE,
    BOUNDARY_STATUS,
    MILESTONE_CREATE,
    MILESTONE_UPDATE,
    EDUCATION_ITEM_CREATE,
    EDUCATION_ITEM_UPDATE,
    EDUCATION_ASSIGN,
    EDUCATION_ASSIGNMENT_UPDATE,
    SELF_CARE_CREATE,
    SELF_CARE_UPDATE,
    FRAMEWORK_STEP_UPDATE,
    PLAN_VIEW,
    PLAN_CREATE,
    PLAN_UPDATE,
    PLAN_SIGN,
    PLAN_REVISE,
    /** A plan PDF was made; the detail says which copy (record or client copy). */
    PLAN_PDF,
    NOTE_VIEW,
    NOTE_CREATE,
    NOTE_UPDATE,
    NOTE_SIGN,
    NOTE_ADDENDUM,
    NOTE_COSIGN,
    NOTE_REQUEST_CHANGES,
    NOTE_PRIVATE_VIEW,
    NOTE_PRIVATE_UPDATE,
    PROGRESS_REPORT_GENERATE,
    PROGRESS_REPORT_VIEW,
    PROGRESS_REPORT_UPDATE,
    PROGRESS_REPORT_RELEASE,
    PROGRESS_REPORT_DOWNLOAD,
    PROGRESS_REPORT_EMAIL,
    PROGRESS_REPORT_LINK_CREATE,
    PROGRESS_REPORT_LINK_OPEN,
    PROGRESS_REPORT_BATCH,
    CLIENT_RECORD_EXPORT,
    /** A monthly report batch whose worker had stopped (restart or crash) was taken up again where it stopped. */
    PROGRESS_REPORT_BATCH_RESUME,
    /** An administrator put a reminder that may not have been sent, or could not be sent, back in the queue. */
    REMINDER_RESEND,
    /** An administrator settled such a reminder by other means (a phone call); it is not sent. */
    REMINDER_HANDLED,
    /** A waiting entry's preferences were changed; the detail names the fields. */
    WAITLIST_EDIT,
    /** A case's appointments were listed (times, types, who attends; never note text). */
    APPOINTMENT_VIEW,
    /** A signed-in member of staff was refused by a role check (an API resource's or a service's), not a record rule. */
    ACCESS_DENIED,
    /** The audit chain was walked and checked; the detail says what was found. */
    AUDIT_VERIFY,
    /** Audit events were exported as CSV; the detail names the filters and the count. */
    AUDIT_EXPORT,
    /** A backup was made (or failed); the detail names the file or the reason. */
    BACKUP_CREATE,
    /** A questionnaire definition (a version of an instrument) was loaded; the detail names it and its SHA-256. */
    INSTRUMENT_LOAD,
    /** A questionnaire was assigned to a case member on a schedule. */
    MEASURE_ASSIGN,
    /** An assignment stopped (by a counsellor, or because its case closed). */
    MEASURE_ASSIGNMENT_STOP,
    /** A member's questionnaires, answers or scores were read; never the answers themselves in the detail. */
    MEASURE_VIEW,
    /** A response was started: due from an assignment, or typed in from paper, or a correction. */
    MEASURE_RESPONSE_START,
    /** An answer was saved (which item; never the value). */
    MEASURE_ANSWER,
    /** A response was sent in; it no longer changes. */
    MEASURE_SUBMIT,
    /** A one-time link to a response was made (for the room) or emailed. */
    MEASURE_LINK_CREATE,
    /** A one-time link was opened, or refused. */
    MEASURE_LINK_OPEN,
    /** An unsubmitted response closed: its link expired, or its case or assignment stopped. */
    MEASURE_CLOSE,
    /** A member of staff set up the second factor (TOTP) and got new recovery codes. */
    MFA_ENROL,
    /** An administrator removed someone's second factor, so they set it up again at their next sign-in. */
    MFA_RESET,
    /** A sign-in used one of the account's single-use recovery codes. */
    MFA_RECOVERY_CODE_USED,
    /** A client was invited to the portal (or again); the detail never holds the link. */
    PORTAL_INVITE,
    /** A portal account was closed, its second step removed, or its password set from a link; the detail says which. */
    PORTAL_ACCOUNT_UPDATE,
    /** A client read a page of their portal; the actor is the client, the detail names the page. */
    PORTAL_VIEW,
    /** A client downloaded a released progress report from their portal. */
    PORTAL_DOWNLOAD,
    /** A client marked a piece of their work done or commented on it. */
    PORTAL_WORK_UPDATE,
    /** A client cancelled an appointment in the portal, or asked front desk to (inside the notice period). */
    PORTAL_CANCEL,
    /** Front desk dealt with a client's late cancellation request. */
    PORTAL_CANCEL_DECIDE,
    /** Staff read a client's portal activity or what they wrote there. */
    PORTAL_ACTIVITY_VIEW,
    /** A client was told by a discreet email that something new is in their portal (a released report). */
    PORTAL_NOTICE
}

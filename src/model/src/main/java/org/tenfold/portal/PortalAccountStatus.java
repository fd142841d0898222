package org.tenfold.portal;

/** Where a client's portal account stands. */
public enum PortalAccountStatus {
    /** Invited: the link is out, no password is set yet. */
    INVITED,
    /** The client has set a password and may sign in. */
    ACTIVE,
    /** Closed by staff: no sign-in, no link works; inviting again opens it anew. */
    DISABLED
}

package org.tenfold.portal;

/** What a one-time portal link is for. */
public enum PortalLinkPurpose {
    /** The invitation: set a first password. */
    INVITATION,
    /** "Forgot password": set a new one. */
    NEW_PASSWORD
}

package org.tenfold.portal;

/**
 * The container role of a client signed in to the portal. No staff service allows it, and no portal service
 * allows a staff role: the two identity stores meet nowhere.
 */
public final class PortalRoles {

    public static final String CLIENT = "PORTAL_CLIENT";
    /** How a client is named as a caller (principal, audit actor): {@code client:C-000123}. */
    public static final String PRINCIPAL_PREFIX = "client:";

    private PortalRoles() {
    }

    public static String principalOf(String chartNumber) {
        return PRINCIPAL_PREFIX + chartNumber;
    }
}

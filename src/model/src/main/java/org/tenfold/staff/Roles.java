package org.tenfold.staff;

/**
 * Role names as compile-time constants, for {@code @RolesAllowed} and {@code isUserInRole}.
 * {@link Role} is the typed form of the same names.
 */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String FRONT_DESK = "FRONT_DESK";
    public static final String COUNSELLOR = "COUNSELLOR";
    public static final String SUPERVISOR = "SUPERVISOR";

    private Roles() {
    }
}

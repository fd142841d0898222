package org.tenfold.staff;

import java.time.Instant;

/** A freshly issued API token: the only moment its clear text exists outside the client. */
public record IssuedToken(String token, Instant expiresAt, SignedIn signedIn) {
}

package org.tenfold.security;

import jakarta.security.enterprise.credential.Credential;
import org.tenfold.staff.SignedIn;

/**
 * A sign-in that {@link org.tenfold.staff.SignIn} has just completed (password and, where needed, the second
 * factor). Made only by the sign-in screens' beans, inside the server, and handed to the authentication
 * mechanism to make the session signed in; nothing a client sends can become one.
 */
record CompletedSignIn(SignedIn account, String how) implements Credential {
}

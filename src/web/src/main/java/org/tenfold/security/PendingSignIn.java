package org.tenfold.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A sign-in whose password was right and whose second factor is still to come, kept in the session (whose
 * id was renewed at that point) for five minutes at most. It never counts as signed in: only
 * {@link TenfoldAuthenticationMechanism} makes a session signed in, once the whole sign-in is done.
 */
record PendingSignIn(String username, String next, boolean enrolling, String secret, String qrImage,
        List<String> recoveryCodes, Instant since) implements Serializable {

    static final String ATTRIBUTE = "tenfold.pending-sign-in";
    static final Duration LIFETIME = Duration.ofMinutes(5);

    PendingSignIn {
        recoveryCodes = List.copyOf(recoveryCodes);
    }

    static PendingSignIn of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object pending = session == null ? null : session.getAttribute(ATTRIBUTE);
        if (pending instanceof PendingSignIn p && p.since.plus(LIFETIME).isAfter(Instant.now())) {
            return p;
        }
        return null;
    }

    void store(HttpServletRequest request) {
        request.getSession(true).setAttribute(ATTRIBUTE, this);
    }

    static void clear(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }

    PendingSignIn withRecoveryCodes(List<String> codes) {
        return new PendingSignIn(username, next, enrolling, null, null, codes, since);
    }
}

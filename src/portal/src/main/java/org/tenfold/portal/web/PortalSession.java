package org.tenfold.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** What a portal session holds: the signed-in account's id, or a sign-in or link on its way. Nothing else. */
final class PortalSession {

    /** The signed-in account's id (a Long). */
    static final String ACCOUNT = "portal.account";
    /** The account whose password was right and whose second step is due (a Long). */
    static final String PENDING = "portal.pending";
    /** An emailed link's token, taken off the address so it stays out of the history (a String). */
    static final String LINK = "portal.link";
    /** The session cookie's name and path: nothing of the staff's, so neither session is sent to the other. */
    static final String COOKIE = "PORTALSESSION";

    private PortalSession() {
    }

    static Long account(HttpServletRequest request) {
        HttpSession s = request.getSession(false);
        return s == null ? null : (Long) s.getAttribute(ACCOUNT);
    }

    /** Signs the session in: a fresh id (one planted before is worth nothing), then the account. */
    static void signIn(HttpServletRequest request, long accountId, int idleMinutes) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        HttpSession s = request.getSession(true);
        s.removeAttribute(PENDING);
        s.removeAttribute(LINK);
        s.setAttribute(ACCOUNT, accountId);
        s.setMaxInactiveInterval(idleMinutes * 60);
    }

    static void end(HttpServletRequest request) {
        HttpSession s = request.getSession(false);
        if (s != null) {
            s.invalidate();
        }
    }

    /** The request's own address up to the server: {@code https://host[:port]/}. */
    static String base(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        String context = request.getContextPath();
        int at = url.indexOf(context.isEmpty() ? "/" : context, url.indexOf("://") + 3);
        return (at < 0 ? url : url.substring(0, at)) + "/";
    }
}

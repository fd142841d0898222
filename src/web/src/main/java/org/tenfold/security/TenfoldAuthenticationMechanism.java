package org.tenfold.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.tenfold.api.Problems;
import org.tenfold.staff.Authentication;
import org.tenfold.staff.SignedIn;

/**
 * One mechanism for the two ways in. Screens: the sign-in form authenticates through the identity
 * store, the session then carries only the username, and every request re-reads the account so a
 * deactivated account's sessions end at once and role changes apply at once (on every server of a
 * cluster alike). API: a bearer token on each call; sessions are never used, so a browser's cookie
 * cannot be ridden into the API.
 */
@ApplicationScoped
public class TenfoldAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_USER = "tenfold.username";
    public static final String LOGIN_PAGE = "/login.xhtml";
    /** The account as read for this request's sign-in check, so the page's header need not read it again. */
    public static final String REQUEST_ACCOUNT = "tenfold.account";

    @Inject
    ClientAddress clientAddress;

    @Inject
    Authentication authentication;

    @Inject
    TransportSecurity transport;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (RequestPaths.ambiguous(request)) {
            // decided before anything else: such a path must not be read as an API call by one part and a
            // screen by another
            RequestOriginFilter.addSecurityHeaders(request, response);
            Problems.write(response, HttpServletResponse.SC_BAD_REQUEST, "ambiguous-path", "Not a valid address",
                    "Encoded slashes, backslashes or dots, dot segments, empty segments and path parameters are not"
                            + " accepted in an address.", RequestPaths.of(request));
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (!transport.isSecure(request)) {
            // before anything else: no token is looked at and no sign-in page shown over plain HTTP
            try {
                HttpsOnlyFilter.answerPlainHttp(transport, request, response);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (RequestPaths.isApi(request)) {
            return validateApiCall(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return signIn(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        String username = session == null ? null : (String) session.getAttribute(SESSION_USER);
        if (username != null) {
            Optional<SignedIn> account = authentication.currentAccount(username);
            if (account.isPresent()) {
                request.setAttribute(REQUEST_ACCOUNT, account.get());
                return context.notifyContainerAboutLogin(account.get().username(), account.get().roleNames());
            }
            session.invalidate(); // deactivated since sign-in
        }
        if (context.isProtected()) {
            return sendToLogin(request, response, context, username != null);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_USER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /** Only a sign-in the sign-in screens have completed (password and second factor) makes a session signed in. */
    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        if (!(credential instanceof CompletedSignIn completed)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        // a fresh session id at sign-in: an id planted before it is worth nothing after
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        String username = completed.account().username();
        request.getSession(true).setAttribute(SESSION_USER, username);
        authentication.recordLogin(username, clientAddress.of(request), completed.how());
        return context.notifyContainerAboutLogin(username, completed.account().roleNames());
    }

    private AuthenticationStatus validateApiCall(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null) {
            return context.doNothing(); // anonymous: the resource decides (401 where a role is needed)
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<SignedIn> account = authentication.verifyToken(header.substring(7).strip());
            if (account.isPresent()) {
                return context.notifyContainerAboutLogin(account.get().username(), account.get().roleNames());
            }
        }
        Problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", "Not signed in",
                "The bearer token is missing, expired or revoked. POST your username and password to "
                        + "/api/auth/token for a new one.", pathOf(request));
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus sendToLogin(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, boolean ended) {
        RequestOriginFilter.addSecurityHeaders(request, response);
        String target = pathOf(request) + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String login = request.getContextPath() + LOGIN_PAGE + "?next="
                + URLEncoder.encode(target, StandardCharsets.UTF_8) + (ended ? "&ended=true" : "");
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // an AJAX request after the session ended: tell the page to navigate, as JSF expects
            try {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                        + "<redirect url=\"" + login.replace("&", "&amp;").replace("\"", "&quot;")
                        + "\"/></partial-response>");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(login);
    }

    static String pathOf(HttpServletRequest request) {
        return RequestPaths.of(request);
    }
}

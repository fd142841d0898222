package org.tenfold.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import org.tenfold.portal.PortalAccounts;
import org.tenfold.portal.PortalRoles;
import org.tenfold.security.HttpsOnlyFilter;
import org.tenfold.security.RequestOriginFilter;
import org.tenfold.security.RequestPaths;
import org.tenfold.security.TransportSecurity;

/**
 * The portal's own way in, apart from staff's: the session (its own cookie, on /portal only) carries the account
 * id a completed sign-in put there, and every request re-reads the account, so a closed account's sessions end
 * at once. The caller is {@code client:C-000123} with the single role {@link PortalRoles#CLIENT}: no staff role,
 * so no staff service answers it, and no staff session is ever read here.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SIGN_IN_PAGE = "/signin.xhtml";
    /** The caller of this request, for the page's header. */
    static final String REQUEST_CALLER = "portal.caller";

    @Inject
    PortalAccounts accounts;

    @Inject
    TransportSecurity transport;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (RequestPaths.ambiguous(request)) {
            RequestOriginFilter.addSecurityHeaders(request, response);
            sendError(response, HttpServletResponse.SC_BAD_REQUEST);
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (!transport.isSecure(request)) {
            // before anything else: no session is looked at over plain HTTP, the page is redirected to HTTPS
            try {
                HttpsOnlyFilter.answerPlainHttp(transport, request, response);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        Long accountId = PortalSession.account(request);
        if (accountId != null) {
            Optional<PortalAccounts.Caller> caller = accounts.current(accountId);
            if (caller.isPresent()) {
                request.setAttribute(REQUEST_CALLER, caller.get());
                return context.notifyContainerAboutLogin(caller.get().principal(), Set.of(PortalRoles.CLIENT));
            }
            PortalSession.end(request); // closed since sign-in
        }
        if (context.isProtected()) {
            RequestOriginFilter.addSecurityHeaders(request, response);
            return context.redirect(request.getContextPath() + SIGN_IN_PAGE);
        }
        return context.doNothing();
    }

    private static void sendError(HttpServletResponse response, int status) {
        try {
            response.sendError(status);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

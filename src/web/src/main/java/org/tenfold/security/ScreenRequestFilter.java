package org.tenfold.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * A screen request that no page of ours could have sent is the client's mistake: a form posted without
 * the nonce PrimeFaces gave the page (a script replaying a form, a page from before a restart) gets the
 * 400 page, not the 500 one, and no stack trace in the server log.
 */
@WebFilter(filterName = "screenRequest")
public class ScreenRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ScreenRequestFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!causedByMissingNonce(e) || response.isCommitted()) {
                throw e;
            }
            LOG.info(() -> "Refused a " + request.getMethod() + " of " + RequestPaths.of(request)
                    + " without the page's CSP nonce (400)");
            response.resetBuffer();
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    private static boolean causedByMissingNonce(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CspException) {
                return true;
            }
            if (t instanceof ServletException s && s.getRootCause() != null && s.getRootCause() != t
                    && s.getRootCause() instanceof CspException) {
                return true;
            }
        }
        return false;
    }
}

package org.tenfold.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.tenfold.audit.RequestOrigin;

/** Hands each request's source address to the audit trail; adds the security headers every response needs. */
@WebFilter(urlPatterns = "/*")
public class RequestOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    ClientAddress clientAddress;

    @Inject
    RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.setSourceAddress(clientAddress.of(request));
        addSecurityHeaders(request, response);
        chain.doFilter(request, response);
    }

    /** Also called by the authentication mechanism, whose redirects are sent before any filter runs. */
    static void addSecurityHeaders(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (!TenfoldAuthenticationMechanism.pathOf(request).startsWith("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store"); // client data never sits in a shared cache
        }
    }
}

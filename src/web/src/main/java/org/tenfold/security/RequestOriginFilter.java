package org.tenfold.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.tenfold.audit.RequestOrigin;

/**
 * Hands each request's source address to the audit trail; adds the security headers every response needs.
 * Every response gets a Content-Security-Policy that allows nothing to run or load ({@link #LOCKED_DOWN});
 * a screen replaces it with PrimeFaces' own (scripts only from this server or with the page's nonce, see
 * web.xml), which the wrapped response lets it do. It runs again for error pages, which are screens too.
 */
@WebFilter(filterName = "requestOrigin", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class RequestOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String CSP = "Content-Security-Policy";
    /** For everything that is not a screen: JSON, PDFs, calendar feeds, redirects. */
    static final String LOCKED_DOWN = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    /** No screen needs a camera, a microphone or the user's whereabouts. */
    static final String PERMISSIONS = "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(),"
            + " magnetometer=(), microphone=(), midi=(), payment=(), usb=(), interest-cohort=()";

    @Inject
    ClientAddress clientAddress;

    @Inject
    RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.setSourceAddress(clientAddress.of(request));
        addSecurityHeaders(request, response);
        // an error page is shown, never posted to: whatever form led to it, its view is rendered afresh
        HttpServletRequest shown = request.getDispatcherType() == DispatcherType.ERROR ? new ErrorPageRequest(request)
                : request;
        chain.doFilter(shown, new ScreenPolicyResponse(response));
    }

    /** Also called by the authentication mechanism, whose redirects are sent before any filter runs. */
    static void addSecurityHeaders(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", TransportSecurity.HSTS);
        }
        response.setHeader(CSP, LOCKED_DOWN);
        if (!RequestPaths.of(request).startsWith("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store"); // client data never sits in a shared cache
        }
    }

    /** The request an error page sees: a GET without the form's view state or nonce, so never a postback. */
    static final class ErrorPageRequest extends HttpServletRequestWrapper {
        private static final java.util.Set<String> HIDDEN = java.util.Set.of("jakarta.faces.ViewState",
                "primefaces.nonce", "jakarta.faces.partial.ajax", "jakarta.faces.source");

        ErrorPageRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return HIDDEN.contains(name) ? null : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return HIDDEN.contains(name) ? null : super.getParameterValues(name);
        }

        @Override
        public java.util.Map<String, String[]> getParameterMap() {
            java.util.Map<String, String[]> all = new java.util.LinkedHashMap<>(super.getParameterMap());
            all.keySet().removeAll(HIDDEN);
            return java.util.Collections.unmodifiableMap(all);
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return java.util.Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public String getHeader(String name) {
            return "Faces-Request".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }
    }

    /** Lets a screen's own policy (PrimeFaces adds it) take the place of the locked-down one, never join it. */
    static final class ScreenPolicyResponse extends HttpServletResponseWrapper {

        ScreenPolicyResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}

package org.tenfold.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The portal's pages run under a stricter policy than staff's: scripts and styles only from this server's files
 * (no inline script, no inline style, no nonce needed), nothing from anywhere else, never framed; and nothing is
 * kept in any cache or offered to a search engine. Everything else keeps the locked-down policy of every answer.
 */
@WebFilter(filterName = "portalPage")
public class PortalPageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        chain.doFilter(request, response);
    }
}

package org.tenfold.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.tenfold.api.Problems;

/**
 * Nothing is served over plain HTTP. A page asked for over HTTP is redirected to its HTTPS address (301
 * for GET and HEAD, 308 otherwise, so a method is never changed); an API call over HTTP is refused,
 * because its token or password has already crossed the network in the clear and a redirect would only
 * teach the client to keep doing it. Every HTTPS response tells the browser to use HTTPS only (HSTS).
 */
@WebFilter(filterName = "httpsOnly", urlPatterns = "/*", asyncSupported = true)
public class HttpsOnlyFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    TransportSecurity transport;

    /** The API's answer to plain HTTP: 403, never a redirect. */
    static void refuse(HttpServletRequest request, HttpServletResponse response) {
        RequestOriginFilter.addSecurityHeaders(request, response);
        Problems.write(response, HttpServletResponse.SC_FORBIDDEN, "https-required", "HTTPS required",
                "The API answers only over HTTPS. Whatever this request carried (a token, a password) has crossed"
                        + " the network unencrypted: revoke that token.", RequestPaths.of(request));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (transport.isSecure(request)) {
            response.setHeader("Strict-Transport-Security", TransportSecurity.HSTS);
            chain.doFilter(request, response);
            return;
        }
        answerPlainHttp(transport, request, response);
    }

    /** Plain HTTP: a page is redirected to its HTTPS address, an API call refused. */
    static void answerPlainHttp(TransportSecurity transport, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (RequestPaths.isApi(request)) {
            refuse(request, response);
            return;
        }
        RequestOriginFilter.addSecurityHeaders(request, response);
        Optional<String> target = transport.httpsUrl(request);
        if (target.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        boolean safe = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        response.setStatus(safe ? HttpServletResponse.SC_MOVED_PERMANENTLY : 308);
        response.setHeader("Location", target.get());
        response.setContentLength(0);
    }
}

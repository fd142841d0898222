package org.tenfold.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.tenfold.api.Problems;

/**
 * A request that changes something (anything but GET, HEAD and OPTIONS) is refused when the browser
 * says it comes from another site: an {@code Origin}, or failing that a {@code Referer}, that is not
 * this server's own. SameSite=Strict cookies already keep the session out of such requests; this is
 * the second lock on the same door, and it also covers the API and the sign-in form (login CSRF).
 * Scripts and API clients that send neither header are not browsers on another site, and pass.
 */
@WebFilter(filterName = "sameOrigin", urlPatterns = "/*", asyncSupported = true)
public class SameOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SameOriginFilter.class.getName());
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    TransportSecurity transport;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE.contains(request.getMethod()) || sameOrigin(request)) {
            chain.doFilter(request, response);
            return;
        }
        LOG.info(() -> "Refused " + request.getMethod() + " " + RequestPaths.of(request) + " from another site: Origin "
                + request.getHeader("Origin") + ", Referer " + request.getHeader("Referer"));
        String detail = "This request came from another site (Origin or Referer), so nothing was done.";
        if (RequestPaths.isApi(request)) {
            Problems.write(response, HttpServletResponse.SC_FORBIDDEN, "foreign-origin", "Refused: another site's request",
                    detail, RequestPaths.of(request));
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, detail);
        }
    }

    private boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        String referer = request.getHeader("Referer");
        if (origin == null && referer == null) {
            return true;
        }
        Optional<String> own = transport.origin(request);
        if (own.isEmpty()) {
            return false;
        }
        String claimed = origin != null ? origin : originOf(referer);
        return own.get().equals(normalised(claimed));
    }

    /** {@code scheme://host[:port]} of a URL, lower case, default ports left out; "null" for anything else. */
    static String originOf(String url) {
        try {
            URI uri = URI.create(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "null";
            }
            return normalised(uri.getScheme() + "://" + uri.getRawAuthority().replaceFirst("^.*@", ""));
        } catch (IllegalArgumentException e) {
            return "null";
        }
    }

    static String normalised(String origin) {
        String o = origin.strip().toLowerCase(Locale.ROOT);
        if (o.startsWith("https://") && o.endsWith(":443")) {
            return o.substring(0, o.length() - 4);
        }
        if (o.startsWith("http://") && o.endsWith(":80")) {
            return o.substring(0, o.length() - 3);
        }
        return o;
    }
}

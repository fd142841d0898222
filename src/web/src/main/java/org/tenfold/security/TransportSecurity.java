package org.tenfold.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether a request came over HTTPS, and where its HTTPS twin is. Payara serves HTTPS itself on
 * {@code tenfold.https-port} ({@code TENFOLD_HTTPS_PORT}); behind a TLS-terminating reverse proxy
 * ({@code TENFOLD_TLS_PROXY=true}) a request is HTTPS when a proxy named in {@code TENFOLD_TRUSTED_PROXIES}
 * says so in {@code X-Forwarded-Proto}, and its public address has no port of ours.
 */
@ApplicationScoped
public class TransportSecurity {

    /** One year: what browsers' preload lists ask for. */
    public static final String HSTS = "max-age=31536000";
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}]");

    @Inject
    ClientAddress clientAddress;

    @Inject
    @ConfigProperty(name = "tenfold.https-port", defaultValue = "8181")
    int httpsPort;

    @Inject
    @ConfigProperty(name = "tenfold.tls.proxy", defaultValue = "false")
    boolean behindProxy;

    public boolean isSecure(HttpServletRequest request) {
        if (request.isSecure()) {
            return true;
        }
        return behindProxy && clientAddress.fromTrustedProxy(request)
                && "https".equals(lastValue(request.getHeader("X-Forwarded-Proto")));
    }

    /** The origin a browser shows for this request: {@code https://host[:port]}. */
    public Optional<String> origin(HttpServletRequest request) {
        String host = behindProxy && clientAddress.fromTrustedProxy(request)
                && request.getHeader("X-Forwarded-Host") != null
                ? lastValue(request.getHeader("X-Forwarded-Host")) : request.getHeader("Host");
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        String scheme = isSecure(request) ? "https" : "http";
        String h = host.strip().toLowerCase(Locale.ROOT);
        // the default port is left out of an Origin header
        if (scheme.equals("https") && h.endsWith(":443")) {
            h = h.substring(0, h.length() - 4);
        } else if (scheme.equals("http") && h.endsWith(":80")) {
            h = h.substring(0, h.length() - 3);
        }
        return Optional.of(scheme + "://" + h);
    }

    /** The same address over HTTPS, or empty when the request names no usable host. */
    public Optional<String> httpsUrl(HttpServletRequest request) {
        String host = request.getServerName();
        if (host == null || !HOST.matcher(host).matches()) {
            return Optional.empty();
        }
        String port = behindProxy || httpsPort == 443 ? "" : ":" + httpsPort;
        String query = request.getQueryString();
        return Optional.of("https://" + host + port + request.getRequestURI() + (query == null ? "" : "?" + query));
    }

    private static String lastValue(String header) {
        if (header == null) {
            return null;
        }
        String[] parts = header.split(",");
        return parts[parts.length - 1].strip().toLowerCase(Locale.ROOT);
    }
}

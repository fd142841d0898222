package org.tenfold.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The one way a request's path is read for a decision (API or screen, public or not). It is the path the
 * container dispatched on, decoded and normalised, never the raw URI; and a raw URI that could be read
 * two ways — an encoded slash, backslash or dot, a dot segment, an empty segment or a path parameter —
 * is refused outright, so no request reaches one part of the application while looking like another.
 */
public final class RequestPaths {

    public static final String API = "/api/";

    private RequestPaths() {
    }

    /** The path inside the application, as the container dispatched it: {@code /api/clients/7}, {@code /index.xhtml}. */
    public static String of(HttpServletRequest request) {
        String servletPath = request.getServletPath();
        String pathInfo = request.getPathInfo();
        String path = (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
        return path.isEmpty() ? "/" : path;
    }

    public static boolean isApi(HttpServletRequest request) {
        return isApiPath(of(request));
    }

    static boolean isApiPath(String path) {
        return path.startsWith(API) || path.equals("/api");
    }

    /** True when the raw request URI could be read as another path than the one it spells. */
    public static boolean ambiguous(HttpServletRequest request) {
        String raw = request.getRequestURI();
        String context = request.getContextPath();
        if (raw == null) {
            return true;
        }
        return ambiguousRaw(raw.startsWith(context) ? raw.substring(context.length()) : raw);
    }

    static boolean ambiguousRaw(String raw) {
        String lower = raw.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%2e") || lower.contains("%25")
                || lower.contains("%00") || lower.contains("%3b") || raw.contains("\\") || raw.contains(";")) {
            return true;
        }
        for (String segment : raw.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return raw.contains("//");
    }
}

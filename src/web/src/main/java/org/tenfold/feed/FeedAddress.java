package org.tenfold.feed;

import jakarta.servlet.http.HttpServletRequest;

/** The public address of a feed: {@code <scheme>://<host>/<context>/feeds/<token>.ics}. */
public final class FeedAddress {

    /** Mapped in the servlet and listed as public (no sign-in) in web.xml. */
    static final String PATH = "/feeds/";
    static final String SUFFIX = ".ics";

    private FeedAddress() {
    }

    /** Built from the address the owner reached the application at, so it works from where they are. */
    public static String of(HttpServletRequest request, String token) {
        StringBuilder url = new StringBuilder().append(request.getScheme()).append("://")
                .append(request.getServerName());
        int port = request.getServerPort();
        if (!(port == 80 && "http".equals(request.getScheme())) && !(port == 443 && "https".equals(request.getScheme()))) {
            url.append(':').append(port);
        }
        return url.append(request.getContextPath()).append(PATH).append(token).append(SUFFIX).toString();
    }

    /** The token in a feed request's path info ("/&lt;token&gt;.ics"), or null when it has no such shape. */
    static String tokenOf(String pathInfo) {
        if (pathInfo == null || !pathInfo.startsWith("/") || !pathInfo.endsWith(SUFFIX)) {
            return null;
        }
        String token = pathInfo.substring(1, pathInfo.length() - SUFFIX.length());
        return token.indexOf('/') >= 0 ? null : token;
    }
}

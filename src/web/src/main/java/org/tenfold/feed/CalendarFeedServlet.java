package org.tenfold.feed;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.tenfold.security.ClientAddress;

/**
 * {@code GET /feeds/<token>.ics}: a counsellor's appointments for their calendar app, which cannot
 * sign in; the secret address is the credential. Anything that does not open a feed is a bare 404
 * that does not say whether the token never existed, was revoked, or belongs to a deactivated
 * account. Never stored by a shared cache; the app's own copy is revalidated with its ETag (304 when
 * nothing in the feed changed).
 */
@WebServlet(FeedAddress.PATH + "*")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ClientAddress clientAddress;

    @Inject
    CalendarFeedReader reader;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "private, no-cache");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        Optional<FeedDocument> feed = reader.read(FeedAddress.tokenOf(request.getPathInfo()), clientAddress.of(request));
        if (feed.isEmpty()) {
            // written directly rather than with sendError, so no error page (and no session) is made
            write(response, HttpServletResponse.SC_NOT_FOUND, "text/plain; charset=utf-8", "Not found\n");
            return;
        }
        // a calendar app polls: when nothing changed since its copy, it gets 304 and no body
        String etag = feed.get().etag();
        response.setHeader("ETag", etag);
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setHeader("Content-Disposition", "inline; filename=\"appointments.ics\"");
        write(response, HttpServletResponse.SC_OK, "text/calendar; charset=utf-8", feed.get().ics());
    }

    /** If-None-Match names this tag (or any, with *); weak comparison, as RFC 9110 asks for GET. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || (c.startsWith("W/") ? c.substring(2) : c).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static void write(HttpServletResponse response, int status, String type, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(type);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}

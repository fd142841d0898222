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
 * account. Never stored by a shared cache.
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
        response.setHeader("Cache-Control", "private, no-store, max-age=0");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        Optional<String> ics = reader.read(FeedAddress.tokenOf(request.getPathInfo()), request.getServerName(),
                clientAddress.of(request));
        // written directly rather than with sendError, so no error page (and no session) is made
        byte[] body = ics.orElse("Not found\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(ics.isPresent() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_NOT_FOUND);
        response.setContentType(ics.isPresent() ? "text/calendar; charset=utf-8" : "text/plain; charset=utf-8");
        if (ics.isPresent()) {
            response.setHeader("Content-Disposition", "inline; filename=\"appointments.ics\"");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}

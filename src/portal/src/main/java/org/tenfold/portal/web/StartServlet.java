package org.tenfold.portal.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.tenfold.portal.PortalLinks;

/**
 * Where an emailed link lands ({@code /portal/start?t=...}): the token goes into the session and the browser is
 * sent on to the page without it, so the browser's history keeps no secret. An address of any other shape opens
 * nothing.
 */
@WebServlet("/" + PortalLinks.START)
public class StartServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter("t");
        PortalSession.end(request);
        if (PortalLinks.wellFormed(token)) {
            request.getSession(true).setAttribute(PortalSession.LINK, token);
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/welcome.xhtml");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}

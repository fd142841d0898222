package org.tenfold.portal.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** "Stay signed in" from the idle warning: a request in the session is all it takes. POST only; for clients only. */
@WebServlet("/keep")
public class KeepAliveServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(PortalSession.account(request) == null ? HttpServletResponse.SC_UNAUTHORIZED
                : HttpServletResponse.SC_NO_CONTENT);
    }
}

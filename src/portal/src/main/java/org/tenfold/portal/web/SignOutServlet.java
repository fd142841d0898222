package org.tenfold.portal.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.tenfold.portal.PortalAccounts;

/** Signing out: the session ends and the sign-in page follows. POST only. */
@WebServlet("/sign-out")
public class SignOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PortalAccounts accounts;

    @Inject
    org.tenfold.security.ClientAddress clientAddress;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        Long account = PortalSession.account(request);
        if (account != null) {
            accounts.signedOut(account, clientAddress.of(request));
        }
        PortalSession.end(request);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/signed-out.xhtml");
    }
}

package org.tenfold.portal.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.portal.PortalSettings;

/**
 * "Leave quickly", without a script: the session ends, the browser is told to forget what it kept of this site,
 * and a page that moves on at once to an ordinary site takes this one's place. (With the page's script, the
 * button does the same with {@code location.replace}, so the portal's page does not stay in the history.) A
 * POST only, so no link elsewhere can sign anyone out.
 */
@WebServlet("/leave")
public class LeaveServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ClinicProfile clinic;

    @Inject
    org.tenfold.portal.PortalAccounts accounts;

    @Inject
    org.tenfold.security.ClientAddress clientAddress;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long account = PortalSession.account(request);
        if (account != null) {
            accounts.signedOut(account, clientAddress.of(request));
        }
        PortalSession.end(request);
        Cookie gone = new Cookie(PortalSession.COOKIE, "");
        gone.setPath(request.getContextPath());
        gone.setMaxAge(0);
        gone.setSecure(true);
        gone.setHttpOnly(true);
        response.addCookie(gone);
        response.setHeader("Clear-Site-Data", "\"cache\", \"storage\"");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        String leave = PortalSettings.of(clinic.all()).leaveAddress().replace("\"", "%22").replace("<", "%3C");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        byte[] page = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Weather</title>"
                + "<meta http-equiv=\"refresh\" content=\"0;url=" + leave + "\"></head><body><p><a href=\"" + leave
                + "\">Continue</a></p></body></html>").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }
}

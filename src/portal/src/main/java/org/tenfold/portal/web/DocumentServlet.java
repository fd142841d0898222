package org.tenfold.portal.web;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.tenfold.platform.BusinessException;
import org.tenfold.portal.MyPortal;

/**
 * A released report, downloaded by its client: {@code /portal/file?d=ID} (no word of what it is in the address),
 * the released bytes under a neutral file name, never cached. A report that is not the client's answers as one
 * that does not exist (404); the service audits both.
 */
@WebServlet("/file")
public class DocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    MyPortal portal;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String d = request.getParameter("d");
        if (d == null || !d.matches("[0-9]{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        MyPortal.File file;
        try {
            file = portal.download(Long.parseLong(d));
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.name() + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(file.bytes().length);
        response.getOutputStream().write(file.bytes());
    }
}

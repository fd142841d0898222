package org.tenfold.progress;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import org.tenfold.api.Failures;
import org.tenfold.progress.RecordExportService.RecordExport;
import org.tenfold.shell.Ids;

/** The records request from the screens (browser session): the same service, rules and audit as the API. */
@WebServlet("/clients/record-export")
public class RecordExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RecordExportService exports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OptionalLong id = Ids.parse(request.getParameter("clientId"));
        if (id.isEmpty()) {
            response.sendError(404);
            return;
        }
        RecordExport e;
        try {
            e = exports.export(id.getAsLong());
        } catch (RuntimeException x) {
            Failures.send(response, x);
            return;
        }
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + e.fileName() + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(e.zip().length);
        response.getOutputStream().write(e.zip());
    }
}

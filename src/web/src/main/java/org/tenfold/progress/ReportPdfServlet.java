package org.tenfold.progress;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import org.tenfold.api.Failures;
import org.tenfold.progress.ProgressReportViews.ReportFile;
import org.tenfold.shell.Ids;

/**
 * A report's PDF for the screens (signed in with the browser session): a draft's preview for clinical
 * staff, a released report's kept bytes for them and front desk. Same service, same rules, same audit.
 */
@WebServlet("/clients/report-pdf")
public class ReportPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProgressReportService reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OptionalLong id = Ids.parse(request.getParameter("id"));
        if (id.isEmpty()) {
            response.sendError(404);
            return;
        }
        ReportFile f;
        try {
            f = reports.pdf(id.getAsLong());
        } catch (RuntimeException e) {
            Failures.send(response, e);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", (request.getParameter("download") != null ? "attachment" : "inline")
                + "; filename=\"" + f.fileName() + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(f.bytes().length);
        response.getOutputStream().write(f.bytes());
    }
}

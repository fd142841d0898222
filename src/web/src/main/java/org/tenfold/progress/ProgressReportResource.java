package org.tenfold.progress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.api.Rest;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.progress.ProgressReportViews.ReportFile;
import org.tenfold.progress.ProgressReportViews.ReportView;
import org.tenfold.staff.Roles;

/**
 * Progress reports over JSON: a client's drafts and released reports, preview and download, summary,
 * release and delivery. The service decides per report and audits every refusal (403).
 */
@Path("/progress-reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress reports")
@RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
public class ProgressReportResource {

    /** A draft asked for: {caseId, from, to, kind}. */
    public static class NewDraft {
        public Long caseId;
        public String from;
        public String to;
        public ReportKind kind;
    }

    public static class Summary {
        public String summary;
    }

    /** {channel: EMAIL | LINK, password} (password for EMAIL only: the one agreed at intake). */
    public static class Delivering {
        public String channel;
        public String password;
    }

    public record ReportList(List<ReportView> items) {
    }

    @Inject
    ProgressReportService reports;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    @Operation(summary = "A report's details; the ETag is its version")
    public Response get(@PathParam("id") String id) {
        ReportView v = reports.get(Rest.id("Progress report", id));
        return Response.ok(v).tag(new EntityTag(String.valueOf(v.version()))).build();
    }

    @GET
    @Path("{id}/pdf")
    @Produces({"application/pdf", "application/problem+json"})
    @Operation(summary = "The PDF: a draft's preview rendered now (clinical only), or a released report's kept "
            + "bytes (X-Content-SHA256 names their hash)")
    @APIResponse(responseCode = "403", description = "Front desk asking for a draft, or not on the care team; audited")
    public Response pdf(@PathParam("id") String id) {
        ReportFile f = reports.pdf(Rest.id("Progress report", id));
        return ReportApi.pdf(f.fileName(), f.bytes(), f.released()
                ? ProgressReportViews.sha256(f.bytes()) : null);
    }

    @PUT
    @Path("{id}/summary")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The counsellor's summary for the report: {summary}; If-Match required")
    @APIResponse(responseCode = "409", description = "Released: it never changes")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response summary(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Summary summary) {
        long reportId = Rest.id("Progress report", id);
        if (ifMatch == null || ifMatch.isBlank()) {
            return ReportApi.preconditionRequired(uri.getRequestUri().getRawPath());
        }
        ReportView v = reports.editSummary(reportId, Rest.optionalVersion(ifMatch, "This progress report"),
                summary == null ? null : summary.summary);
        return Response.ok(v).tag(new EntityTag(String.valueOf(v.version()))).build();
    }

    @POST
    @Path("{id}/release")
    @Operation(summary = "Release: the PDF is rendered once and kept byte for byte with its SHA-256; If-Match optional")
    @APIResponse(responseCode = "409", description = "Released already")
    public Response release(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ReportView v = reports.release(Rest.id("Progress report", id), Rest.optionalVersion(ifMatch, "This progress report"));
        return Response.ok(v).tag(new EntityTag(String.valueOf(v.version()))).build();
    }

    @POST
    @Path("{id}/deliver")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Deliver a released report: {channel: EMAIL, password} emails it AES-256 encrypted with the "
            + "password agreed at intake (not stored); {channel: LINK} makes a one-time link that expires in 72 hours")
    @APIResponse(responseCode = "400", description = "Unknown channel, or no password for EMAIL")
    @APIResponse(responseCode = "409", description = "Not released, or the client has not agreed to email")
    @APIResponse(responseCode = "201", description = "Created")
    public Response deliver(@PathParam("id") String id, Delivering delivering) {
        long reportId = Rest.id("Progress report", id);
        String channel = delivering == null || delivering.channel == null ? "" : delivering.channel.strip();
        return switch (channel) {
            case "EMAIL" -> Response.ok(reports.email(reportId, delivering.password)).build();
            case "LINK" -> Response.status(201).entity(reports.link(reportId)).build();
            default -> throw new InvalidInputException("channel", "Choose EMAIL or LINK.");
        };
    }
}

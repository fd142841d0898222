package org.tenfold.progress;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.api.Problems;
import org.tenfold.security.ClientAddress;

/** A client opens a one-time link to their released report, without signing in. */
@Path("/report-links")
@Tag(name = "Progress reports")
@PermitAll
public class ReportLinkResource {

    @Inject
    ClientAddress clientAddress;

    @Inject
    ReportLinkReader links;

    @Context
    HttpServletRequest request;

    @GET
    @Path("{token}")
    @Produces({"application/pdf", "application/problem+json"})
    @Operation(summary = "The released report behind a one-time link; the link is used up by this request")
    @APIResponse(responseCode = "404", description = "Unknown, used or expired; the same answer for each")
    public Response open(@PathParam("token") String token) {
        return links.open(token, clientAddress.of(request))
                .map(f -> ReportApi.pdf(f.fileName(), f.bytes(), null))
                .orElseGet(() -> Problems.response(404, "not-found", "This link does not open",
                        "The link was used already, has expired or never existed. Ask the clinic for a new one.",
                        "/api/report-links"));
    }
}

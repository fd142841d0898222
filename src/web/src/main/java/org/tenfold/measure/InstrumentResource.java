package org.tenfold.measure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.api.Rest;
import org.tenfold.measure.MeasureViews.InstrumentSummary;
import org.tenfold.staff.Roles;

/** The questionnaire catalogue: every instrument with its source and licence, its definitions, and imports. */
@Path("/instruments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outcome measures")
@RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
public class InstrumentResource {

    @Inject
    InstrumentService instruments;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The questionnaires: the newest version of each, or every version with everyVersion=true")
    public MeasureList<InstrumentSummary> list(@QueryParam("everyVersion") boolean everyVersion) {
        return new MeasureList<>(instruments.list(everyVersion));
    }

    @GET
    @Path("{code}")
    @Operation(summary = "The newest version's definition: items, answers and their values, scoring, bands, cut-off, "
            + "reliable change, critical items, source and licence")
    @APIResponse(responseCode = "404", description = "No such questionnaire")
    public InstrumentDefinition get(@PathParam("code") String code) {
        return instruments.definition(code);
    }

    @GET
    @Path("{code}/versions/{version}")
    @Operation(summary = "One version's definition (responses keep the version they were given on)")
    @APIResponse(responseCode = "404", description = "No such questionnaire or version")
    public InstrumentDefinition version(@PathParam("code") String code, @PathParam("version") String version) {
        return instruments.definition(code, (int) Math.min(Integer.MAX_VALUE, Rest.id("Version", version)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import a questionnaire definition (the file itself, format tenfold-instrument/1): a new "
            + "instrument or a new version of one; administrators only")
    @APIResponse(responseCode = "201", description = "Stored (or the same version was stored already with this text)")
    @APIResponse(responseCode = "400", description = "The definition is not valid; the problem says every fault")
    @APIResponse(responseCode = "409", description = "This version is stored with other content, or a newer one exists")
    public Response importDefinition(String definition) {
        InstrumentSummary s = instruments.importDefinition(definition);
        return MeasureApi.created(uri.getAbsolutePathBuilder().path(s.code()).path("versions")
                .path(String.valueOf(s.version())).build(), s);
    }
}

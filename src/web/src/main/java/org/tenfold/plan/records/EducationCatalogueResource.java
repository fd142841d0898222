package org.tenfold.plan.records;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.api.Rest;
import org.tenfold.plan.records.StepRecordInputs.EducationItemInput;
import org.tenfold.plan.records.StepRecordViews.EducationItemView;
import org.tenfold.staff.Roles;

/** The clinic's education catalogue (step 8): read by clinical staff, kept by counsellors and administrators. */
@Path("/education-catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Step records")
@RolesAllowed({Roles.ADMIN, Roles.COUNSELLOR, Roles.SUPERVISOR})
public class EducationCatalogueResource {

    @Inject
    EducationService education;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The catalogue by kind and title; retired items with includeRetired=true")
    public ItemList<EducationItemView> list(@QueryParam("includeRetired") @DefaultValue("false") boolean includeRetired) {
        return new ItemList<>(education.catalogue(includeRetired));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One catalogue item; the ETag is its version")
    public Response get(@PathParam("id") String id) {
        EducationItemView i = education.item(Rest.id("Catalogue item", id));
        return Rest.ok(i, i.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COUNSELLOR})
    @Operation(summary = "Add an item: {kind: BOOK | WORKSHOP | SUPPORT_GROUP | ARTICLE | VIDEO, title, provider, "
            + "link, description}")
    @APIResponse(responseCode = "201", description = "Added",
            headers = @Header(name = "Location", description = "The new record's address"))
    @APIResponse(responseCode = "400", description = "Missing kind or title, a link that is not a web address")
    public Response add(EducationItemInput input) {
        EducationItemView i = education.addItem(input);
        return Rest.created(uri.getAbsolutePathBuilder().path(String.valueOf(i.id())).build(), i, i.version());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COUNSELLOR})
    @Operation(summary = "Replace an item's fields; active=false retires it. If-Match required")
    @APIResponse(responseCode = "412", description = "Changed by someone else since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            EducationItemInput input) {
        long itemId = Rest.id("Catalogue item", id);
        Long version = Rest.optionalVersion(ifMatch);
        if (version == null) {
            return Rest.preconditionRequired("catalogue item", uri.getRequestUri().getRawPath());
        }
        EducationItemView i = education.updateItem(itemId, version, input);
        return Rest.ok(i, i.version());
    }
}

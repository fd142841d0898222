package org.tenfold.measure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.api.Rest;
import org.tenfold.measure.MeasureViews.IssuedLink;
import org.tenfold.measure.MeasureViews.ResponseView;
import org.tenfold.staff.Roles;

/**
 * One questionnaire response: read with its answers and score; while open, answered item by item (from paper),
 * noted, sent in, or opened in the room through a one-time link; once sent in, corrected by a new response.
 */
@Path("/measure-responses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outcome measures")
@RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
public class MeasureResponseResource {

    /** {value} for a choice, {text} for a free-text question; neither clears the answer. */
    public static class Answer {
        public Integer value;
        public String text;
    }

    /** {comment}: the counsellor's note, or why a correction is made. */
    public static class Note {
        public String comment;
    }

    @Inject
    ResponseService responses;

    @GET
    @Path("{id}")
    @Operation(summary = "A response with its questions, answers, score, band and change from the first")
    @APIResponse(responseCode = "403", description = "The caller may not use this member's records; audited")
    public ResponseView get(@PathParam("id") String id) {
        return responses.get(Rest.id("Questionnaire response", id));
    }

    @PUT
    @Path("{id}/answers/{item}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save one answer of an open response, kept as given: {value} or {text}")
    @APIResponse(responseCode = "400", description = "No such question, or not one of its answers")
    @APIResponse(responseCode = "409", description = "Sent in (enter a correction) or closed")
    public ResponseView answer(@PathParam("id") String id, @PathParam("item") String item, Answer body) {
        Answer b = body == null ? new Answer() : body;
        return responses.answer(Rest.id("Questionnaire response", id), MeasureApi.item(item), b.value, b.text);
    }

    @PUT
    @Path("{id}/comment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The counsellor's note on an open response: {comment}")
    @APIResponse(responseCode = "409", description = "Sent in or closed")
    public ResponseView comment(@PathParam("id") String id, Note body) {
        return responses.comment(Rest.id("Questionnaire response", id), body == null ? null : body.comment);
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Send the response in: every required question answered; it never changes afterwards. A "
            + "critical answer raises the client's risk flag and an urgent task for their counsellors at once")
    @APIResponse(responseCode = "400", description = "Questions still unanswered (named)")
    @APIResponse(responseCode = "409", description = "Sent in already, or closed")
    public ResponseView submit(@PathParam("id") String id) {
        return responses.submit(Rest.id("Questionnaire response", id));
    }

    @POST
    @Path("{id}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a sent-in response: a new response with its answers to change, naming it; {comment} "
            + "says why. Once sent in, the correction counts instead; the original stays as it was")
    @APIResponse(responseCode = "201", description = "The correction, open for answers")
    @APIResponse(responseCode = "409", description = "Not sent in yet, or a correction exists already")
    public Response correct(@PathParam("id") String id, Note body) {
        ResponseView v = responses.correct(Rest.id("Questionnaire response", id), body == null ? null : body.comment);
        return MeasureApi.created(UriBuilder.fromPath("api/measure-responses/{id}").build(v.summary().id()), v);
    }

    @POST
    @Path("{id}/link")
    @Operation(summary = "A one-time link to an open response, to open on a device in the room; the token is shown "
            + "this once (only its SHA-256 is kept) and an earlier link stops opening")
    @APIResponse(responseCode = "201", description = "The link and until when it opens")
    @APIResponse(responseCode = "409", description = "Sent in or closed")
    public Response link(@PathParam("id") String id) {
        IssuedLink l = responses.link(Rest.id("Questionnaire response", id));
        return Response.status(201).entity(l).header("Cache-Control", "no-store").build();
    }
}

package org.tenfold.note;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.api.Rest;
import org.tenfold.note.NoteInputs.AddendumInput;
import org.tenfold.note.NoteInputs.ChangeRequest;
import org.tenfold.note.NoteInputs.NoteDraft;
import org.tenfold.note.NoteInputs.PrivateText;
import org.tenfold.note.NoteInputs.Signature;
import org.tenfold.note.NoteViews.HomeworkChoice;
import org.tenfold.note.NoteViews.MissingNote;
import org.tenfold.note.NoteViews.MySession;
import org.tenfold.note.NoteViews.NoteSummary;
import org.tenfold.note.NoteViews.NoteView;
import org.tenfold.note.NoteViews.PrivateSectionView;
import org.tenfold.platform.StaleDataException;
import org.tenfold.staff.Roles;

/**
 * Session notes. Clinical: the service decides per note and audits every read, change and refusal;
 * front desk and administrators are refused (403). A signed note answers every change with 409.
 */
@Path("/notes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Session notes")
@RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
public class NoteResource {

    public record SummaryList(List<NoteSummary> items) {
    }

    public record MissingList(List<MissingNote> items, long afterHours) {
    }

    public record SessionList(List<MySession> items) {
    }

    @Inject
    NoteService notes;

    @Inject
    NoteQueries noteQueries;

    @Inject
    PrivateSectionService privateSections;

    @Context
    UriInfo uri;

    @GET
    @Path("missing")
    @Operation(summary = "Held sessions (checked in or completed) of the caller and of the counsellors they "
            + "supervise whose note is not signed more than the clinic's allowance of hours after they ended")
    public MissingList missing() {
        return new MissingList(noteQueries.missing(), noteQueries.missingAfterHours());
    }

    @GET
    @Path("cosign-queue")
    @Operation(summary = "Notes of the counsellors the caller supervises that await co-signature")
    public SummaryList cosignQueue() {
        return new SummaryList(noteQueries.cosignQueue());
    }

    @GET
    @Path("my-sessions")
    @Operation(summary = "The caller's held sessions of today and the last 14 days, with their notes' state")
    public SessionList mySessions() {
        return new SessionList(noteQueries.mySessions());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One note: sections, steps rated, risk update, homework, milestones, signatures, addenda "
            + "and history; ownerClientId names the one client an individual session's note belongs to. "
            + "The ETag is the note's version")
    public Response get(@PathParam("id") String id) {
        NoteView n = notes.get(Rest.id("Note", id));
        return Response.ok(n).tag(Rest.tag(n.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the author's draft, the whole of it: {format, sections: {CODE: text}, steps: "
            + "[{stepCode, rating, comment, goalId, objectiveId, objectiveStatus}], riskUpdate, riskConcern, "
            + "riskClientId, homework: [{kind, refId, detail}], homeworkText, milestones: [{clientId, description}]}. "
            + "If-Match required")
    @APIResponse(responseCode = "409", description = "The note is signed: add an addendum")
    @APIResponse(responseCode = "412", description = "Saved elsewhere since; the body's 'current' is the note "
            + "as stored, nothing was overwritten")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response saveDraft(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            NoteDraft draft) {
        long noteId = Rest.id("Note", id);
        if (ifMatch == null || ifMatch.isBlank()) {
            return NoteApi.preconditionRequired(uri.getRequestUri().getRawPath());
        }
        try {
            NoteView n = notes.saveDraft(noteId, Rest.optionalVersion(ifMatch, "This note"), draft);
            return Response.ok(n).tag(Rest.tag(n.version())).build();
        } catch (StaleDataException e) {
            NoteView current = notes.get(noteId);
            return NoteApi.stale(e, current, current.version(), uri.getRequestUri().getRawPath());
        }
    }

    @POST
    @Path("{id}/sign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign the draft, re-entering the password: {password}. A supervised author's note "
            + "becomes SIGNED_PENDING_COSIGN, otherwise SIGNED; it never changes again")
    @APIResponse(responseCode = "400", description = "Wrong password (nothing signed), or an empty section, an "
            + "unrated step, no risk update")
    @APIResponse(responseCode = "409", description = "Signed already")
    public Response sign(@PathParam("id") String id, Signature signature) {
        NoteView n = notes.sign(Rest.id("Note", id), signature == null ? null : signature.password);
        return Response.ok(n).tag(Rest.tag(n.version())).build();
    }

    @POST
    @Path("{id}/addenda")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a dated, signed addendum beneath a signed note: {text, password}")
    @APIResponse(responseCode = "201", description = "Added; the body is the note with its addenda")
    @APIResponse(responseCode = "400", description = "Wrong password or no text")
    @APIResponse(responseCode = "409", description = "The note is not signed (or awaits co-signature)")
    public Response addAddendum(@PathParam("id") String id, AddendumInput input) {
        NoteView n = notes.addAddendum(Rest.id("Note", id), input);
        return Response.status(201).entity(n).tag(Rest.tag(n.version())).build();
    }

    @POST
    @Path("{id}/cosign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The author's supervisor co-signs, re-entering their password: {password}")
    public Response cosign(@PathParam("id") String id, Signature signature) {
        NoteView n = notes.cosign(Rest.id("Note", id), signature == null ? null : signature.password);
        return Response.ok(n).tag(Rest.tag(n.version())).build();
    }

    @POST
    @Path("{id}/request-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The author's supervisor returns the note as a draft with a comment: {comment}")
    public Response requestChanges(@PathParam("id") String id, ChangeRequest request) {
        NoteView n = notes.requestChanges(Rest.id("Note", id), request == null ? null : request.comment);
        return Response.ok(n).tag(Rest.tag(n.version())).build();
    }

    public record HomeworkChoices(List<HomeworkChoice> items) {
    }

    @GET
    @Path("{id}/homework-choices")
    @Operation(summary = "What the author may link as homework in the draft: {kind, refId, label} of the note's "
            + "clients' active self-care activities and open education assignments; the author only")
    public HomeworkChoices homeworkChoices(@PathParam("id") String id) {
        return new HomeworkChoices(noteQueries.homeworkChoices(Rest.id("Note", id)));
    }

    @GET
    @Path("{id}/private")
    @Operation(summary = "The author's private process section; the author only (403 for anyone else)")
    public Response privateSection(@PathParam("id") String id) {
        PrivateSectionView p = privateSections.privateSection(Rest.id("Note", id));
        return Response.ok(p).tag(Rest.tag(p.version())).build();
    }

    @PUT
    @Path("{id}/private")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write the author's private process section: {text}. If-Match optional")
    public Response savePrivateSection(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            PrivateText text) {
        PrivateSectionView p = privateSections.savePrivateSection(Rest.id("Note", id), Rest.optionalVersion(ifMatch, "This note"),
                text == null ? null : text.text);
        return Response.ok(p).tag(Rest.tag(p.version())).build();
    }
}

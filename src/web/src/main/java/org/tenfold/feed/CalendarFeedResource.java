package org.tenfold.feed;

import org.eclipse.microprofile.openapi.annotations.headers.Header;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.feed.CalendarFeedService;
import org.tenfold.feed.FeedAddress;
import org.tenfold.feed.FeedDetail;
import org.tenfold.feed.FeedStatus;
import org.tenfold.feed.IssuedFeed;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.platform.BusinessException;
import org.tenfold.staff.Roles;

/**
 * The caller's own calendar feed. The address is in the answer to POST only (its token is not
 * stored); front desk and administrators have no calendar of their own and get 403.
 */
@Path("/me/calendar-feed")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar feed")
@RolesAllowed({Roles.COUNSELLOR, Roles.SUPERVISOR})
public class CalendarFeedResource {

    private static final String INSTANCE = "/api/me/calendar-feed";

    @Inject
    CalendarFeedService feeds;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "Whether you have a feed, its detail level and when a calendar app last read it")
    @APIResponse(responseCode = "404", description = "No feed")
    public String status() {
        return json(feeds.mine().orElseThrow(this::none)).build().toString();
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Create your feed, or a new address for it (the old one stops working); "
            + "body {\"detail\": \"INITIALS\" | \"FIRST_NAMES\"}, initials by default")
    @APIResponse(responseCode = "201", description = "Created; 'url' is shown this once",
            headers = @Header(name = "Location", description = "The new record's address"))
    @APIResponse(responseCode = "200", description = "A new address replaced the old one; 'url' is shown this once")
    public Response issue(String body) {
        IssuedFeed issued = feeds.issue(detailOf(body, false));
        String entity = json(issued.status()).add("url", FeedAddress.of(request, issued.token()))
                .add("replaced", issued.replaced()).build().toString();
        Response.ResponseBuilder b = issued.replaced() ? Response.ok(entity)
                : Response.status(201).entity(entity).header("Location", request.getRequestURL().toString());
        return b.type(MediaType.APPLICATION_JSON).header("Cache-Control", "no-store").build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change what the feed shows of a client's name; the address stays")
    public String changeDetail(String body) {
        return json(feeds.changeDetail(detailOf(body, true))).build().toString();
    }

    @DELETE
    @Operation(summary = "Revoke your feed: its address stops working at once")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "There was no feed")
    public Response revoke() {
        if (!feeds.revoke()) {
            throw none();
        }
        return Response.noContent().build();
    }

    private BusinessException none() {
        return new BusinessException(BusinessException.Kind.NOT_FOUND, "You have no calendar feed.");
    }

    /** The body is optional for POST (a new address keeps the detail), so it is read by hand. */
    private static FeedDetail detailOf(String body, boolean required) {
        JsonValue detail = JsonValue.NULL;
        if (body != null && !body.isBlank()) {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                detail = reader.readObject().getOrDefault("detail", JsonValue.NULL);
            } catch (JsonException | IllegalStateException e) {
                throw new JsonbException("not a JSON object", e); // the one malformed-body answer
            }
        }
        if (detail.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw new InvalidInputException("detail", "Send {\"detail\": \"INITIALS\"} or {\"detail\": \"FIRST_NAMES\"}.");
            }
            return null;
        }
        try {
            return FeedDetail.valueOf(((JsonString) detail).getString().strip().toUpperCase(Locale.ROOT));
        } catch (ClassCastException | IllegalArgumentException e) {
            throw new InvalidInputException("detail", "The detail is INITIALS or FIRST_NAMES.");
        }
    }

    private static JsonObjectBuilder json(FeedStatus s) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("detail", s.detail().name())
                .add("createdAt", s.createdAt().toString());
        if (s.lastReadAt() != null) {
            b.add("lastReadAt", s.lastReadAt().toString());
        }
        return b;
    }
}

package org.tenfold.staff;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.api.Problems;
import org.tenfold.security.ClientAddress;
import org.tenfold.staff.Authentication;
import org.tenfold.staff.IssuedToken;
import org.tenfold.staff.SignIn;
import org.tenfold.staff.SignInOutcome;

/**
 * Credentials in, bearer token out: the slow password hash is paid once per token, not per call.
 * Same throttle, second factor, lockout and audit as the sign-in page.
 */
@Path("/auth/token")
@Tag(name = "Authentication")
@PermitAll
public class TokenResource {

    /** The credentials an API client sends. */
    public static class Credentials {
        public String username;
        public String password;
        /** The authenticator's current code, or a recovery code, where the account has a second factor. */
        public String code;
    }

    @Inject
    ClientAddress clientAddress;

    private static final String PATH = "/api/auth/token";
    /** How long a throttled or busy answer is held back (within its Retry-After). */
    static final Duration REFUSAL_DELAY = Duration.ofSeconds(1);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Authentication authentication;

    @Inject
    SignIn signIn;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(summary = "Exchange a staff account's username, password and (where the account has a second factor)"
            + " its current TOTP code or a recovery code for a bearer token (valid 8 hours)")
    @APIResponse(responseCode = "200", description = "The token")
    @APIResponse(responseCode = "401", description = "Wrong credentials, or the account is locked or deactivated;"
            + " type second-factor-required when the code is missing")
    @APIResponse(responseCode = "403", description = "The account must set up its second factor on the sign-in page first")
    @APIResponse(responseCode = "429", description = "Too many attempts from this address or for this username; see Retry-After")
    @APIResponse(responseCode = "503", description = "Too many sign-ins at once; see Retry-After")
    public void issue(Credentials credentials, @Suspended AsyncResponse reply) {
        Response response = answer(credentials);
        int status = response.getStatus();
        if (status == 429 || status == 503) {
            // a refused stranger waits for the answer without holding a request thread, so a flood of them
            // comes back at a trickle instead of as fast as the server can say no
            scheduler.schedule(() -> reply.resume(response), REFUSAL_DELAY.toMillis(), TimeUnit.MILLISECONDS);
        } else {
            reply.resume(response);
        }
    }

    private Response answer(Credentials credentials) {
        if (credentials == null || credentials.username == null || credentials.password == null) {
            return Problems.response(400, "invalid-input", "The input is not valid",
                    "Send {\"username\": \"...\", \"password\": \"...\"} (and \"code\" where the account has a"
                            + " second factor).", PATH);
        }
        String address = clientAddress.of(request);
        SignInOutcome outcome = signIn.password(credentials.username, credentials.password.toCharArray(), address, null);
        if (outcome.step() == SignInOutcome.Step.CODE_NEEDED && credentials.code != null) {
            outcome = signIn.code(credentials.username, credentials.code, address);
        }
        return switch (outcome.step()) {
            case SIGNED_IN -> tokenBody(authentication.issueToken(outcome.account(), address));
            case CODE_NEEDED -> challenge(Problems.response(401, "second-factor-required", "Second factor required",
                    "This account signs in with a second factor: send \"code\" with the six digits its authenticator"
                            + " app shows now, or one of its recovery codes.", PATH));
            case ENROLMENT_NEEDED -> Problems.response(403, "second-factor-enrolment-required",
                    "Set up the second factor first", "This account must have a second factor. Sign in once on the"
                            + " sign-in page to set it up; then send its code here.", PATH);
            case THROTTLED -> retryLater(429, "too-many-attempts", "Too many sign-in attempts", outcome);
            case BUSY -> retryLater(503, "sign-in-busy", "Sign-in is busy", outcome);
            case REFUSED -> challenge(Problems.response(401, "unauthorized", "Sign-in failed",
                    "Wrong username, password or code, or the account is locked or deactivated. After five failed "
                            + "attempts in a row an account is locked for 15 minutes.", PATH));
        };
    }

    private static Response challenge(Response problem) {
        return Response.fromResponse(problem).header("WWW-Authenticate", "Bearer realm=\"tenfold\"").build();
    }

    private static Response retryLater(int status, String type, String title, SignInOutcome outcome) {
        return Response.fromResponse(Problems.response(status, type, title, "Wait " + outcome.retryAfterSeconds()
                + " s, then try again.", PATH)).header("Retry-After", outcome.retryAfterSeconds()).build();
    }

    @DELETE
    @Operation(summary = "Revoke the bearer token sent with this call")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revoke(@HeaderParam("Authorization") String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Problems.response(400, "invalid-input", "No token", "Send the token to revoke as "
                    + "'Authorization: Bearer <token>'.", "/api/auth/token");
        }
        authentication.revokeToken(authorization.substring(7).strip(), clientAddress.of(request));
        return Response.noContent().build();
    }

    private static Response tokenBody(IssuedToken t) {
        var roles = Json.createArrayBuilder();
        t.signedIn().roleNames().stream().sorted().forEach(roles::add);
        return Response.ok(Json.createObjectBuilder()
                .add("token", t.token())
                .add("tokenType", "Bearer")
                .add("expiresAt", t.expiresAt().toString())
                .add("username", t.signedIn().username())
                .add("roles", roles)
                .build().toString(), MediaType.APPLICATION_JSON).header("Cache-Control", "no-store").build();
    }
}

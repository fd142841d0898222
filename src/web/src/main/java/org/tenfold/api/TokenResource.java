package org.tenfold.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.security.ClientAddress;
import org.tenfold.staff.Authentication;
import org.tenfold.staff.IssuedToken;

/**
 * Credentials in, bearer token out: the slow password hash is paid once per token, not per call.
 * Same lockout and audit as the sign-in page.
 */
@Path("/auth/token")
@Tag(name = "Authentication")
@PermitAll
public class TokenResource {

    /** The credentials an API client sends. */
    public static class Credentials {
        public String username;
        public String password;
    }

    @Inject
    ClientAddress clientAddress;

    @Inject
    Authentication authentication;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(summary = "Exchange a staff account's username and password for a bearer token (valid 8 hours)")
    @APIResponse(responseCode = "200", description = "The token")
    @APIResponse(responseCode = "401", description = "Wrong credentials, or the account is locked or deactivated")
    public Response issue(Credentials credentials) {
        if (credentials == null || credentials.username == null || credentials.password == null) {
            return Problems.response(400, "invalid-input", "The input is not valid",
                    "Send {\"username\": \"...\", \"password\": \"...\"}.", "/api/auth/token");
        }
        return authentication.issueToken(credentials.username, credentials.password.toCharArray(),
                        clientAddress.of(request))
                .map(TokenResource::tokenBody)
                .orElseGet(() -> Response.fromResponse(Problems.response(401, "unauthorized", "Sign-in failed",
                        "Wrong username or password, or the account is locked or deactivated. After five failed "
                                + "attempts in a row an account is locked for 15 minutes.", "/api/auth/token"))
                        .header("WWW-Authenticate", "Bearer realm=\"tenfold\"").build());
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

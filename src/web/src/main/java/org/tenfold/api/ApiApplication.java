package org.tenfold.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Tenfold API", version = "1",
                description = "Clients of a counselling clinic. Exchange a staff account's credentials for a "
                        + "bearer token at POST /api/auth/token, then send it as 'Authorization: Bearer <token>'. "
                        + "Errors are application/problem+json."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class ApiApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(
                // our problem bodies, not the container's HTML error pages
                "jersey.config.server.response.setStatusOverSendError", true,
                // @RolesAllowed on resources is checked before the body is read or a parameter looked at,
                // so a caller without the role learns nothing from validation messages
                "jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
    }
}

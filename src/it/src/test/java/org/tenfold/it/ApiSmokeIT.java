package org.tenfold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class ApiSmokeIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void anonymousCallsAreRefusedWithAProblemBody() {
        Api.Reply reply = Api.anonymous().get("api/clients");
        assertEquals(401, reply.status(), reply.toString());
        assertTrue(reply.isProblem(), reply.toString());
    }

    @Test
    void responsesCarryNoProductBanner() throws Exception {
        for (String path : new String[] {"login.xhtml", "api/clients"}) {
            HttpResponse<Void> r = TestServer.httpClient(HttpClient.Redirect.NEVER).send(HttpRequest.newBuilder(
                    URI.create(TestServer.baseUrl() + path)).build(), HttpResponse.BodyHandlers.discarding());
            assertTrue(r.statusCode() == 200 || r.statusCode() == 401, path + ": " + r.statusCode());
            assertTrue(r.headers().firstValue("X-Powered-By").isEmpty(), path + ": " + r.headers());
            assertTrue(r.headers().firstValue("Server").isEmpty(), path + ": " + r.headers());
        }
    }

    @Test
    void frontDeskFindsTheDemoCouple() {
        Api.Reply reply = Api.as("frontdesk").get("api/clients?q=demoulin");
        assertEquals(200, reply.status(), reply.toString());
        assertEquals(2, reply.json().getInt("total"), reply.toString());
    }
}

package org.tenfold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void frontDeskFindsTheDemoCouple() {
        Api.Reply reply = Api.as("frontdesk").get("api/clients?q=demoulin");
        assertEquals(200, reply.status(), reply.toString());
        assertEquals(2, reply.json().getInt("total"), reply.toString());
    }
}

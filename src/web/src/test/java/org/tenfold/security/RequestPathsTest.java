package org.tenfold.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestPathsTest {

    @Test
    void addressesThatCouldBeReadTwoWaysAreRefused() {
        for (String raw : new String[] {"/api/clients/..%2F..%2Findex.xhtml", "/api/clients/%2e%2e/index.xhtml",
                "/api/clients/../index.xhtml", "/api/./clients", "/api//clients", "/api/clients;jsessionid=x",
                "/api/clients/..%5Cindex.xhtml", "/api\\clients", "/api/%252e%252e/x", "/api/clients%00.xhtml",
                "/api/clients/..", "/index.xhtml%3Bx"}) {
            assertTrue(RequestPaths.ambiguousRaw(raw), raw);
        }
        for (String raw : new String[] {"/", "/index.xhtml", "/api/clients/7", "/api/clients?q=a%2Fb",
                "/jakarta.faces.resource/theme.css.xhtml", "/feeds/AbC-_9.ics", "/api/clients/%C3%A9"}) {
            assertFalse(RequestPaths.ambiguousRaw(raw.contains("?") ? raw.substring(0, raw.indexOf('?')) : raw), raw);
        }
    }

    @Test
    void theApiIsEverythingUnderApiAndNothingThatMerelyStartsLikeIt() {
        assertTrue(RequestPaths.isApiPath("/api/clients"));
        assertTrue(RequestPaths.isApiPath("/api"));
        assertFalse(RequestPaths.isApiPath("/apis.xhtml"));
        assertFalse(RequestPaths.isApiPath("/index.xhtml"));
    }

    @Test
    void anOriginIsSchemeHostAndPortWithDefaultPortsLeftOut() {
        assertEquals("https://clinic.example.org", SameOriginFilter.originOf("https://clinic.example.org:443/x?y"));
        assertEquals("https://localhost:8181", SameOriginFilter.originOf("https://user@localhost:8181/login.xhtml"));
        assertEquals("null", SameOriginFilter.originOf("not a url"));
        assertEquals("null", SameOriginFilter.originOf("/relative"));
        assertEquals("https://clinic.example.org", SameOriginFilter.normalised("HTTPS://Clinic.Example.org:443"));
        assertEquals("http://a.example", SameOriginFilter.normalised("http://a.example:80"));
    }
}

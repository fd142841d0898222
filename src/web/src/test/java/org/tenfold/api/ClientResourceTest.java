package org.tenfold.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ClientResourceTest {

    @Test
    void readsTheVersionFromIfMatch() {
        assertEquals(3L, ClientResource.versionOf("\"3\""));
        assertEquals(3L, ClientResource.versionOf("W/\"3\""));
        assertEquals(12L, ClientResource.versionOf(" 12 "));
    }

    @Test
    void anythingElseNamesNoVersion() {
        assertNull(ClientResource.versionOf("*"));
        assertNull(ClientResource.versionOf("\"abc\""));
        assertNull(ClientResource.versionOf("\"1\", \"2\""));
    }
}

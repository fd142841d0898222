package org.tenfold.api;

import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RestTest {

    @Test
    void readsTheVersionFromIfMatch() {
        assertEquals(3L, Rest.versionOf("\"3\""));
        assertEquals(3L, Rest.versionOf("W/\"3\""));
        assertEquals(12L, Rest.versionOf(" 12 "));
    }

    @Test
    void anythingElseNamesNoVersion() {
        assertNull(Rest.versionOf("*"));
        assertNull(Rest.versionOf("\"abc\""));
        assertNull(Rest.versionOf("\"1\", \"2\""));
    }
}

package org.tenfold.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClientSortFieldTest {

    @Test
    void acceptsTheApiNamesAndTheConstants() {
        assertEquals(ClientSortField.LAST_NAME, ClientSortField.parse("lastName").orElseThrow());
        assertEquals(ClientSortField.DATE_OF_BIRTH, ClientSortField.parse("date_of_birth").orElseThrow());
        assertEquals(ClientSortField.CHART_NUMBER, ClientSortField.parse("chartNumber").orElseThrow());
    }

    @Test
    void refusesEverythingElse() {
        for (String hostile : new String[] {"legal_last_name", "lastName;DROP TABLE client", "id", "password_hash",
                "", "lastName desc", "1"}) {
            assertTrue(ClientSortField.parse(hostile).isEmpty(), hostile);
        }
    }

    @Test
    void everyOrderEndsWithTheIdSoPagesAreStable() {
        for (ClientSortField f : ClientSortField.values()) {
            assertEquals("id", f.attributes().get(f.attributes().size() - 1), f.name());
        }
    }
}

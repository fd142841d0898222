package org.tenfold.bench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.tenfold.client.Client;
import org.tenfold.client.ClientDetails;

/**
 * The generator writes rows behind the entity's back, so its derived search columns are checked
 * against what the entity itself computes. The entity has no getters for them, hence reflection.
 */
class SearchColumnsTest {

    @Test
    void generatedRowsHoldWhatTheEntityWouldStore() throws Exception {
        ClientFactory factory = new ClientFactory(1, LocalDateTime.of(2024, 6, 1, 12, 0));
        for (long id = 1; id <= 5000; id++) {
            GeneratedClient g = factory.next(id);
            Client entity = new Client(detailsOf(g), Instant.now());
            assertEquals(field(entity, "phoneDigitsReversed"), g.phoneDigitsReversed(), g.phone());
            assertEquals(field(entity, "lastNameTail"), g.lastNameTail(), g.lastName());
            assertEquals(entity.getLegalLastName(), g.lastName(), "names are already normalized");
            Field idField = Client.class.getDeclaredField("id");
            idField.setAccessible(true);
            idField.set(entity, id);
            entity.assignChartNumber();
            assertEquals(entity.getChartNumber(), g.chartNumber());
        }
    }

    private static ClientDetails detailsOf(GeneratedClient g) {
        ClientDetails d = new ClientDetails();
        d.setLegalFirstName(g.firstName());
        d.setLegalLastName(g.lastName());
        d.setPreferredName(g.preferredName());
        d.setPhone(g.phone());
        d.setEmail(g.email());
        d.setDateOfBirth(g.dateOfBirth());
        return d;
    }

    private static Object field(Client c, String name) throws ReflectiveOperationException {
        Field f = Client.class.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(c);
    }

    @Test
    void timestampsAreUtcWallClockAndOrdered() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        ClientFactory factory = new ClientFactory(2, now);
        for (long id = 1; id <= 1000; id++) {
            GeneratedClient g = factory.next(id);
            assertEquals(true, !g.createdAt().isAfter(g.updatedAt()) && !g.updatedAt().isAfter(now), g.toString());
        }
    }
}

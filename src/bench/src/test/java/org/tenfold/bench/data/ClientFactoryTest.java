package org.tenfold.bench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The data is obviously fictional, varied where search is tricky, and the same for the same seed. */
class ClientFactoryTest {

    /** Ofcom's drama ranges: 07700 900xxx, and 0xxx / 96xxxx numbers in the listed area codes. */
    private static final Pattern DRAMA_PHONE = Pattern.compile(
            "(07700 ?900|\\+44 7700 900|(020|\\+44 20) 7946 0|0161 496 0|0117 496 0|0131 496 0|029 2018 0|01632 960)\\d{3}");
    private static final Pattern PHONE_FIELD = Pattern.compile("^[+0-9 ()./-]{5,40}$"); // ClientDetails.PHONE

    private final List<GeneratedClient> clients = generate(7, 20_000);

    @Test
    void contactDataIsFictional() {
        for (GeneratedClient c : clients) {
            if (c.email() != null) {
                assertTrue(c.email().matches("[a-z0-9.-]+@example\\.org"), c.email());
            }
            for (String phone : new String[] {c.phone(), c.emergencyPhone()}) {
                if (phone != null) {
                    assertTrue(DRAMA_PHONE.matcher(phone).matches(), phone);
                    assertTrue(PHONE_FIELD.matcher(phone).matches(), phone);
                }
            }
        }
    }

    @Test
    void namesAreVariedWhereSearchIsTricky() {
        assertTrue(clients.stream().anyMatch(c -> c.firstName().equals("Zoë")));
        assertTrue(clients.stream().anyMatch(c -> c.lastName().contains("Nguyễn")));
        long hyphenated = clients.stream().filter(c -> c.lastName().contains("-")).count();
        assertTrue(hyphenated > 1500 && hyphenated < 3500, "about 12 % double surnames: " + hyphenated);
        assertTrue(clients.stream().anyMatch(c -> c.lastName().contains(" ") && c.lastNameTail() != null));
        assertTrue(clients.stream().map(GeneratedClient::status).distinct().count() == 4);
    }

    @Test
    void theSameSeedGivesTheSameClients() {
        assertEquals(generate(7, 50), clients.subList(0, 50));
    }

    @Test
    void emailsAreAsciiFoldedNames() {
        assertEquals("dang-nguyen", ClientFactory.ascii("Đặng-Nguyễn"));
        assertEquals("o briain", ClientFactory.ascii("Ó Briain"));
        assertEquals("lukasz", ClientFactory.ascii("Łukasz"));
        assertEquals("oconnor", ClientFactory.ascii("O'Connor"));
    }

    private static List<GeneratedClient> generate(long seed, int n) {
        ClientFactory f = new ClientFactory(seed, LocalDateTime.of(2024, 6, 1, 12, 0));
        List<GeneratedClient> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(f.next(i));
        }
        return out;
    }
}

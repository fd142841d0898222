package org.tenfold.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SearchKindTest {

    private final SearchKind.SampledClient zoe = new SearchKind.SampledClient(12345, "C-012345", "Zoë", "Đặng-Nguyễn",
            "Nguyễn", "zoe.dang-nguyen@example.org", "+44 20 7946 0123");

    @Test
    void queriesAreWhatFrontDeskWouldType() {
        assertEquals("đặng", SearchKind.SURNAME_PREFIX.query(zoe));
        assertEquals("Nguyễn", SearchKind.SURNAME_TAIL.query(zoe));
        assertEquals("Zoë Đặng-Nguyễn", SearchKind.FULL_NAME.query(zoe));
        assertEquals("C-012345", SearchKind.CHART_NUMBER.query(zoe));
        assertEquals("zoe.da", SearchKind.EMAIL_PREFIX.query(zoe));
        assertEquals("60123", SearchKind.PHONE_END.query(zoe)); // 4 + 12345 mod 4 = 5 digits
    }
}

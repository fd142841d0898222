package org.tenfold.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiscreetNamesTest {

    private static final DiscreetNames.Name JO = new DiscreetNames.Name("Jo", "Smith");
    private static final DiscreetNames.Name ZOE = new DiscreetNames.Name("zoë", "Đặng-Nguyễn");

    @Test
    void initialsByDefault() {
        assertEquals("J. S.", DiscreetNames.of(List.of(JO), FeedDetail.INITIALS));
        assertEquals("Z. Đ.", DiscreetNames.of(List.of(ZOE), FeedDetail.INITIALS));
    }

    @Test
    void aCoupleInAStableOrder() {
        assertEquals("J. S. & Z. Đ.", DiscreetNames.of(List.of(ZOE, JO), FeedDetail.INITIALS));
        assertEquals("Jo & zoë", DiscreetNames.of(List.of(ZOE, JO), FeedDetail.FIRST_NAMES));
    }

    @Test
    void firstNamesNeverCarryASurname() {
        assertEquals("Jo", DiscreetNames.of(List.of(JO), FeedDetail.FIRST_NAMES));
    }

    @Test
    void oddNamesStillGiveSomething() {
        assertEquals("A. O.", DiscreetNames.initials(new DiscreetNames.Name("  'ana", "O'Brien")));
        assertEquals("? ?", DiscreetNames.initials(new DiscreetNames.Name(null, "")));
        assertEquals("? S.", DiscreetNames.of(List.of(new DiscreetNames.Name(" ", "Smith")), FeedDetail.FIRST_NAMES));
    }
}

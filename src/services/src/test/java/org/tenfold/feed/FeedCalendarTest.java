package org.tenfold.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedCalendarTest {

    private static final Instant NOW = Instant.parse("2027-03-01T08:00:00Z");

    @Test
    void eventsCarryUidTimesSequenceStatusAndPlace() {
        String ics = FeedCalendar.write(List.of(
                new FeedEvent(12, 3, Instant.parse("2027-03-15T10:00:00Z"), Instant.parse("2027-03-15T10:50:00Z"),
                        false, "J. S. · Individual", "Harbour Room"),
                new FeedEvent(13, 1, Instant.parse("2027-03-16T17:00:00Z"), Instant.parse("2027-03-16T18:20:00Z"),
                        true, "A. D. & J. D. · Couple", "Video")), "clinic.example.org", NOW);

        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n") && ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"), ics);
        assertFalse(ics.replace("\r\n", "").contains("\n") || ics.replace("\r\n", "").contains("\r"),
                "every line ends with CRLF");
        assertTrue(ics.contains("\r\nVERSION:2.0\r\n") && ics.contains("\r\nPRODID:-//Tenfold//Calendar feed//EN\r\n"));
        String first = event(ics, "UID:appointment-12@clinic.example.org");
        assertTrue(first.contains("DTSTAMP:20270301T080000Z\r\n"), first);
        assertTrue(first.contains("DTSTART:20270315T100000Z\r\n") && first.contains("DTEND:20270315T105000Z\r\n"), first);
        assertTrue(first.contains("SEQUENCE:3\r\n") && first.contains("STATUS:CONFIRMED\r\n"), first);
        assertTrue(first.contains("SUMMARY:J. S. · Individual\r\n") && first.contains("LOCATION:Harbour Room\r\n"), first);
        assertTrue(first.contains("TRANSP:OPAQUE") && first.contains("CLASS:PRIVATE"), first);
        String second = event(ics, "UID:appointment-13@clinic.example.org");
        assertTrue(second.contains("STATUS:CANCELLED\r\n"), second);
        assertTrue(second.contains("SUMMARY:Cancelled: A. D. & J. D. · Couple\r\n"), second);
        assertTrue(second.contains("TRANSP:TRANSPARENT"), second);
        assertEquals(2, ics.split("BEGIN:VEVENT", -1).length - 1);
    }

    @Test
    void anEmptyFeedIsAValidCalendar() {
        String ics = FeedCalendar.write(List.of(), "tenfold", NOW);
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n") && ics.endsWith("END:VCALENDAR\r\n"), ics);
        assertFalse(ics.contains("VEVENT"));
    }

    @Test
    void aRoomNameWithSpecialCharactersIsEscapedAndFolded() {
        String room = "Room 3; upstairs, by the stairs\\lift " + "long name ".repeat(10);
        String ics = FeedCalendar.write(List.of(new FeedEvent(1, 0, NOW, NOW.plusSeconds(3000), false, "J. S. · Intake",
                room)), "tenfold", NOW);
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("LOCATION:Room 3\\; upstairs\\, by the stairs\\\\lift long name"), unfolded);
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, line);
        }
    }

    @Test
    void theTagFollowsTheEventsNotTheTimeOfReading() {
        List<FeedEvent> events = List.of(new FeedEvent(12, 3, NOW, NOW.plusSeconds(3000), false, "J. S. · Intake",
                "Harbour Room"));
        String tag = FeedCalendar.etag(events, "clinic.example.org");
        assertEquals(tag, new FeedDocument(events, "clinic.example.org", NOW.plusSeconds(60)).etag());
        assertFalse(tag.equals(FeedCalendar.etag(List.of(new FeedEvent(12, 4, NOW, NOW.plusSeconds(3000), true,
                "J. S. · Intake", "Harbour Room")), "clinic.example.org")), "a cancellation changes the tag");
        assertFalse(tag.equals(FeedCalendar.etag(events, "other.example.org")));
    }

    /** The VEVENT holding this line. */
    private static String event(String ics, String line) {
        int at = ics.indexOf(line);
        assertTrue(at >= 0, line + " in " + ics);
        int start = ics.lastIndexOf("BEGIN:VEVENT", at);
        return ics.substring(start, ics.indexOf("END:VEVENT", at));
    }
}

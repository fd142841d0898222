package org.tenfold.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IcsWriterTest {

    @Test
    void textValuesAreEscaped() {
        assertEquals("a\\\\b\\;c\\,d\\ne\\nf\\ng", IcsWriter.escape("a\\b;c,d\ne\r\nf\rg"));
        assertEquals("colon: stays", IcsWriter.escape("colon: stays"));
        assertEquals("tab\tkept, bell dropped", IcsWriter.escape("tab\tkept\u0007, bell dropped").replace("\\,", ","));
        assertEquals("", IcsWriter.escape(null));
    }

    @Test
    void shortLinesAreNotFolded() {
        String line = "S".repeat(75);
        assertEquals(line, IcsWriter.fold(line));
    }

    @Test
    void longLinesFoldAt75OctetsWithALeadingSpace() {
        String line = "SUMMARY:" + "x".repeat(200);
        String folded = IcsWriter.fold(line);
        String[] parts = folded.split("\r\n", -1);
        assertEquals(3, parts.length, folded);
        assertEquals(75, octets(parts[0]));
        assertEquals(75, octets(parts[1]));
        assertTrue(parts[1].startsWith(" ") && parts[2].startsWith(" "));
        assertEquals(line, unfold(folded));
    }

    @Test
    void multiByteCharactersAreNeverSplit() {
        // "Đặng" is 2+3+1+1 octets; emoji are 4 octets and a surrogate pair in Java
        String line = "LOCATION:" + "Đặng Zoë 😀 ".repeat(20);
        String folded = IcsWriter.fold(line);
        for (String part : folded.split("\r\n")) {
            assertTrue(octets(part) <= 75, part + " is " + octets(part) + " octets");
            assertEquals(part, new String(part.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
                    "each line is whole UTF-8");
            assertTrue(!Character.isLowSurrogate(part.charAt(part.startsWith(" ") ? 1 : 0)), "no split pair");
        }
        assertEquals(line, unfold(folded));
    }

    @Test
    void linesEndWithCrlfAndTimesAreUtc() {
        String ics = new IcsWriter().begin("VEVENT").utc("DTSTART", Instant.parse("2027-03-15T10:00:30.5Z"))
                .text("SUMMARY", "J. S., M. K.").end("VEVENT").toString();
        assertEquals("BEGIN:VEVENT\r\nDTSTART:20270315T100030Z\r\nSUMMARY:J. S.\\, M. K.\r\nEND:VEVENT\r\n", ics);
    }

    static int octets(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    static String unfold(String s) {
        return s.replace("\r\n ", "");
    }
}

package org.tenfold.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvalidInputExceptionTest {

    @Test
    void readsAsSentencesWithOneStopEach() {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("a", "Legal first name is required");
        errors.put("b", "Sort by one of: x, y.");
        assertEquals("Legal first name is required. Sort by one of: x, y.",
                new InvalidInputException(errors).getMessage());
        assertEquals(Map.of("a", "Legal first name is required"),
                new InvalidInputException("a", "Legal first name is required").fieldErrors());
    }
}

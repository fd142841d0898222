package org.tenfold.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PortOffsetTest {

    @Test
    void theRunCommandsPortsMoveByTheOffsetGiven() {
        assertEquals(0, Launcher.portOffset(Map.of()));
        assertEquals(1000, Launcher.portOffset(Map.of("TENFOLD_PORT_OFFSET", " 1000 ")));
        assertEquals(57000, Launcher.portOffset(Map.of("TENFOLD_PORT_OFFSET", "57000")));
    }

    @Test
    void anOffsetThatWouldLeaveThePortRangeIsRefusedByName() {
        for (String bad : new String[] {"-1", "57001", "1e3", "", "abc"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Launcher.portOffset(Map.of("TENFOLD_PORT_OFFSET", bad)));
            assertTrue(e.getMessage().contains("TENFOLD_PORT_OFFSET"), e.getMessage());
        }
    }
}

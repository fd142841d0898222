package org.tenfold.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LeftoversTest {

    @Test
    void aPortHeldByAnotherProgramIsNamedWithItsProcess() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = socket.getLocalPort();
            assertEquals(ProcessHandle.current().pid(), Leftovers.holder(port).orElseThrow().pid());
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> Leftovers.clearPort(port, "Payara's HTTP port", Path.of("/nowhere/payara6")));
            assertTrue(e.getMessage().contains("port " + port) && e.getMessage().contains(
                    "process " + ProcessHandle.current().pid()), e.getMessage());
        }
    }

    @Test
    void aFreePortNeedsNothing() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        assertTrue(Leftovers.holder(port).isEmpty());
        Leftovers.clearPort(port, "test", Path.of("/nowhere"));
    }
}

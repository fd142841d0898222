package org.tenfold.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SocketFileTest {

    @Test
    void aShortDataFolderKeepsItsSocketBesideIt() {
        assertEquals(Path.of("/var/lib/tenfold/mariadb.sock"), EmbeddedDatabase.socketFile(Path.of("/var/lib/tenfold/mariadb")));
    }

    @Test
    void aDeepDataFolderGetsAShortSocketNameOfItsOwn() {
        Path deep = Path.of("/tmp/fresh-clone.TFzS9K/project/src/launcher/target/it-mariadb-10000/restore-drill-14583400867374/mariadb");
        Path socket = EmbeddedDatabase.socketFile(deep);
        assertTrue(socket.toString().length() <= 100, socket.toString());
        assertEquals(socket, EmbeddedDatabase.socketFile(deep));
        assertNotEquals(socket, EmbeddedDatabase.socketFile(deep.resolveSibling("other")));
    }
}

package org.tenfold.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminAccessTest {

    @Test
    void theKeyfileLineIsPayarasOwnSaltedSha256() {
        // the line a pristine Payara 6 domain holds for admin with an empty password
        byte[] stored = Base64.getDecoder().decode("KmDHfsWXWeoRBbY3XMIaW7x95ljvpJlqx/aIeDZakL22/1BrYLp7Ig==");
        byte[] salt = java.util.Arrays.copyOfRange(stored, 32, 40);
        assertEquals("admin;{SSHA256}KmDHfsWXWeoRBbY3XMIaW7x95ljvpJlqx/aIeDZakL22/1BrYLp7Ig==;asadmin",
                AdminAccess.keyfileLine("admin", "", salt));
    }

    @Test
    void aPasswordIsMadeOnceKeptOwnerOnlyAndReadBack(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("server");
        AdminAccess first = AdminAccess.prepare(folder);
        assertTrue(first.password().length() >= 30, first.password());
        assertEquals("rw-------", AdminAccess.mode(first.passwordFile()));
        assertEquals("rwx------", AdminAccess.mode(folder));
        assertEquals("AS_ADMIN_PASSWORD=" + first.password(), Files.readString(first.passwordFile()).strip());
        assertEquals(first.password(), AdminAccess.prepare(folder).password(), "the same password at the next start");
        assertNotEquals(first.password(), AdminAccess.prepare(dir.resolve("other")).password());

        Path config = Files.createDirectories(dir.resolve("domain/config"));
        first.writeKeyfile(config);
        String line = Files.readString(config.resolve("admin-keyfile")).strip();
        assertTrue(line.startsWith("admin;{SSHA256}") && line.endsWith(";asadmin"), line);
        assertEquals("rw-------", AdminAccess.mode(config.resolve("admin-keyfile")));
    }
}

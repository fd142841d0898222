package org.tenfold.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupManifestTest {

    private static final byte[] KEY = new byte[32];

    @Test
    void readsBackWhatItWroteAndRefusesAnEditedLine(@TempDir Path dir) throws IOException {
        BackupManifest manifest = new BackupManifest(Instant.parse("2026-12-07T02:30:00Z"), "tenfold-x.tfbk", 1234,
                "ab".repeat(32), "tenfold", "40", Map.of("client", 12L, "audit_event", 300L), "#4 2026-12-07T02:29:59Z",
                "cd".repeat(32), 2100, "0011223344556677");
        Path file = dir.resolve("tenfold-x.tfbk.manifest");
        manifest.write(file, KEY);
        assertEquals(manifest, BackupManifest.read(file, KEY));

        Files.writeString(file, Files.readString(file).replace("rows.client=12", "rows.client=11"), StandardCharsets.UTF_8);
        assertThrows(BackupException.class, () -> BackupManifest.read(file, KEY));
        manifest.write(file, KEY);
        assertThrows(BackupException.class, () -> BackupManifest.read(file, "another key of thirty-two bytes!".getBytes()));
    }

    @Test
    void theKeyMayNotLieInTheBackupFolder(@TempDir Path dir) throws IOException {
        assertThrows(BackupException.class,
                () -> BackupWriter.requireKeyOutside(dir.resolve("backups/../backups/key"), dir.resolve("backups")));
        BackupWriter.requireKeyOutside(dir.resolve("keys/backup.key"), dir.resolve("backups"));
    }
}

package org.tenfold.backup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SealedStreamTest {

    private static final byte[] KEY = new byte[32];
    private static final byte[] OTHER = "another key of thirty-two bytes!".getBytes();

    private static byte[] seal(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream sealed = SealedStream.seal(out, KEY)) {
            sealed.write(plain);
        }
        return out.toByteArray();
    }

    private static byte[] open(byte[] sealed, byte[] key) throws IOException {
        return SealedStream.open(new ByteArrayInputStream(sealed), key).readAllBytes();
    }

    @Test
    void opensWhatItSealedAcrossSegments() throws IOException {
        byte[] plain = new byte[(1 << 20) * 2 + 12345];
        new Random(7).nextBytes(plain);
        byte[] sealed = seal(plain);
        assertArrayEquals(plain, open(sealed, KEY));
        assertArrayEquals(new byte[0], open(seal(new byte[0]), KEY));
        assertTrue(Arrays.equals(Arrays.copyOf(sealed, 8), SealedStream.MAGIC));
    }

    @Test
    void refusesAChangedACutOrAnExtendedFileAndTheWrongKey() throws IOException {
        byte[] plain = new byte[(1 << 20) + 100];
        new Random(8).nextBytes(plain);
        byte[] sealed = seal(plain);

        byte[] changed = sealed.clone();
        changed[sealed.length / 2] ^= 1;
        assertThrows(BackupException.class, () -> open(changed, KEY));

        // cut after the first (whole) segment: the file must not read as complete
        int firstSegmentEnd = 24 + 4 + (1 << 20) + 16;
        assertThrows(BackupException.class, () -> open(Arrays.copyOf(sealed, firstSegmentEnd), KEY));
        assertThrows(BackupException.class, () -> open(Arrays.copyOf(sealed, sealed.length - 1), KEY));

        byte[] extended = Arrays.copyOf(sealed, sealed.length + 3);
        assertThrows(BackupException.class, () -> open(extended, KEY));

        BackupException wrongKey = assertThrows(BackupException.class, () -> open(sealed, OTHER));
        assertTrue(wrongKey.getMessage().contains("another key"), wrongKey.getMessage());
    }
}

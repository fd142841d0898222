package org.tenfold.records;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** Secret files (passwords, keys): created readable and writable by their owner only (0600). */
public final class SecretFiles {

    private SecretFiles() {
    }

    /** Writes the text to a new file made with rights 0600 from the start, then moves it into place. */
    public static void write(Path file, String text) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve(file.getFileName() + ".new");
        Files.deleteIfExists(temp);
        try {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(temp);
        }
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** A key of 32 random bytes, base64 in a new 0600 file; an existing file is read as it is. */
    public static byte[] keyCreatedIfMissing(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            write(file, Base64.getEncoder().encodeToString(bytes) + "\n");
        }
        return readKey(file);
    }

    /** A key file: base64 of at least 32 bytes. */
    public static byte[] readKey(Path file) throws IOException {
        if (!Files.isReadable(file)) {
            throw new IOException("key file " + file + " does not exist or cannot be read");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IllegalArgumentException e) {
            throw new IOException("key file " + file + " does not hold a base64 key");
        }
        if (key.length < 32) {
            throw new IOException("key file " + file + " holds " + key.length + " bytes; a key has 32");
        }
        return key;
    }

    /** A random password of letters and digits (no character a shell or a URL would treat specially). */
    public static String password(int length) {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}

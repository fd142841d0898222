package org.tenfold.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Payara's administrator password: generated once per installation, kept only in the installation's
 * server folder (mode 0600, in the form asadmin's {@code --passwordfile} reads), and written into the
 * domain's admin realm before the domain first starts, so the admin port never answers without it.
 */
final class AdminAccess {

    static final String USER = "admin";
    static final String FILE = "payara-admin.password";
    private static final String PREFIX = "AS_ADMIN_PASSWORD=";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path passwordFile;
    private final String password;

    private AdminAccess(Path passwordFile, String password) {
        this.passwordFile = passwordFile;
        this.password = password;
    }

    /** The password kept in the folder, made there the first time. */
    static AdminAccess prepare(Path serverFolder) throws IOException {
        ServerFolder.create(serverFolder);
        Path file = serverFolder.resolve(FILE);
        if (Files.isRegularFile(file)) {
            String line = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (line.startsWith(PREFIX) && line.length() > PREFIX.length() + 15) {
                ServerFolder.ownerOnly(file);
                return new AdminAccess(file, line.substring(PREFIX.length()));
            }
            throw new IllegalStateException(file + " is not an asadmin password file (" + PREFIX + "...): delete it"
                    + " to have a new password made");
        }
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ServerFolder.writeSecret(file, PREFIX + password + "\n");
        Log.step("Made a Payara administrator password for this installation: " + file);
        return new AdminAccess(file, password);
    }

    /** An already prepared folder's password file, or null when there is none (nothing was started there). */
    static Path existingFile(Path serverFolder) {
        Path file = serverFolder.resolve(FILE);
        return Files.isRegularFile(file) ? file : null;
    }

    Path passwordFile() {
        return passwordFile;
    }

    String password() {
        return password;
    }

    /** Replaces the domain's admin realm (a pristine domain has {@code admin} with an empty password). */
    void writeKeyfile(Path domainConfig) throws IOException {
        Path keyfile = domainConfig.resolve("admin-keyfile");
        Files.writeString(keyfile, keyfileLine(USER, password, salt()) + "\n", StandardCharsets.UTF_8);
        ServerFolder.ownerOnly(keyfile);
    }

    private static byte[] salt() {
        byte[] salt = new byte[8];
        RANDOM.nextBytes(salt);
        return salt;
    }

    /**
     * One line of Payara's file realm: {@code user;{SSHA256}base64(hash + salt);groups}, the hash being
     * SHA-256 over password and salt, digested again 99 times (what Payara's own SSHA does).
     */
    static String keyfileLine(String user, String password, byte[] salt) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            sha.update(salt);
            byte[] hash = sha.digest();
            for (int i = 2; i <= 100; i++) {
                hash = sha.digest(hash);
            }
            byte[] stored = new byte[hash.length + salt.length];
            System.arraycopy(hash, 0, stored, 0, hash.length);
            System.arraycopy(salt, 0, stored, hash.length, salt.length);
            return user + ";{SSHA256}" + Base64.getEncoder().encodeToString(stored) + ";asadmin";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean posix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}

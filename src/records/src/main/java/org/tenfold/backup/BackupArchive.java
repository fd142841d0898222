package org.tenfold.backup;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Opens a backup for a restore: checks it against its signed manifest, then hands out the dump and the files. */
public final class BackupArchive {

    private BackupArchive() {
    }

    /** Reads the signed manifest beside the backup and checks the file's size and SHA-256 against it. */
    public static BackupManifest check(Path backup, byte[] key) throws IOException {
        Path manifestFile = backup.resolveSibling(backup.getFileName() + BackupManifest.SUFFIX);
        if (!Files.isRegularFile(backup)) {
            throw new BackupException("no backup at " + backup);
        }
        if (!Files.isRegularFile(manifestFile)) {
            throw new BackupException("the manifest " + manifestFile + " is missing; it travels with the backup");
        }
        BackupManifest manifest = BackupManifest.read(manifestFile, key);
        if (!manifest.fileName().equals(backup.getFileName().toString())) {
            throw new BackupException("the manifest describes " + manifest.fileName() + ", not " + backup.getFileName());
        }
        if (Files.size(backup) != manifest.bytes()) {
            throw new BackupException("the backup has " + Files.size(backup) + " bytes; its manifest says "
                    + manifest.bytes());
        }
        if (!sha256(backup).equals(manifest.sha256())) {
            throw new BackupException("the backup's SHA-256 differs from its manifest: the file was changed or damaged");
        }
        return manifest;
    }

    public static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Decrypts the backup, writes its dump to {@code dump} and returns the files kept beside the database.
     * Fails if any part of the file does not authenticate under the key.
     */
    public static Map<String, byte[]> extract(Path backup, byte[] key, OutputStream dump) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        boolean sawDump = false;
        InputStream sealed = SealedStream.open(Files.newInputStream(backup), key);
        try (ZipInputStream zip = new ZipInputStream(sealed)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                if (entry.getName().equals(BackupWriter.DUMP_ENTRY)) {
                    new FilterInputStream(zip) {
                        @Override
                        public void close() {
                            // the zip stays open for the next entry
                        }
                    }.transferTo(dump);
                    sawDump = true;
                } else if (entry.getName().startsWith(BackupWriter.FILES_PREFIX)) {
                    ByteArrayOutputStream content = new ByteArrayOutputStream();
                    zip.transferTo(content);
                    files.put(entry.getName().substring(BackupWriter.FILES_PREFIX.length()), content.toByteArray());
                }
            }
            // read to the end, so the last segment's tag is checked as well: a file cut short fails here
            sealed.transferTo(OutputStream.nullOutputStream());
        }
        if (!sawDump) {
            throw new BackupException("the backup holds no database dump");
        }
        return files;
    }
}

package org.tenfold.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a backup holds, beside it in plain text ({@code <backup>.manifest}): when it was made, the rows of
 * each table, the audit chain's signed head, the SHA-256 of the encrypted file. Its last line is an HMAC
 * under a key derived from the backup key, so whoever holds the key can trust every line.
 */
public record BackupManifest(Instant created, String fileName, long bytes, String sha256, String database,
        String schemaVersion, Map<String, Long> rows, String auditCheckpoint, String auditHead, long durationMillis,
        String keyId) {

    public static final String SUFFIX = ".manifest";

    public String text() {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("format", "tenfold-backup-1");
        lines.put("created", created.toString());
        lines.put("file", fileName);
        lines.put("bytes", String.valueOf(bytes));
        lines.put("sha256", sha256);
        lines.put("keyId", keyId);
        lines.put("database", database);
        lines.put("schemaVersion", schemaVersion);
        lines.put("auditCheckpoint", auditCheckpoint);
        lines.put("auditHead", auditHead);
        lines.put("durationMillis", String.valueOf(durationMillis));
        new TreeMap<>(rows).forEach((table, count) -> lines.put("rows." + table, String.valueOf(count)));
        StringBuilder b = new StringBuilder("# Tenfold backup manifest; the last line signs every line above it\n");
        lines.forEach((k, v) -> b.append(k).append('=').append(v == null ? "" : v.replace('\n', ' ')).append('\n'));
        return b.toString();
    }

    public String signed(byte[] backupKey) {
        String text = text();
        return text + "mac=" + mac(backupKey, text) + "\n";
    }

    public void write(Path file, byte[] backupKey) throws IOException {
        Files.writeString(file, signed(backupKey), StandardCharsets.UTF_8);
    }

    /** Reads a manifest and refuses one whose signature does not hold under this key. */
    public static BackupManifest read(Path file, byte[] backupKey) throws IOException {
        String all = Files.readString(file, StandardCharsets.UTF_8);
        int macAt = all.lastIndexOf("mac=");
        if (macAt < 0) {
            throw new BackupException(file + " is not a signed backup manifest");
        }
        String text = all.substring(0, macAt);
        if (!MessageDigest.isEqual(mac(backupKey, text).getBytes(StandardCharsets.US_ASCII),
                all.substring(macAt + 4).strip().getBytes(StandardCharsets.US_ASCII))) {
            throw new BackupException("the manifest " + file.getFileName()
                    + " was changed, or belongs to a backup made with another key");
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Long> rows = new TreeMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String key = line.substring(0, eq);
            if (key.startsWith("rows.")) {
                rows.put(key.substring(5), Long.parseLong(line.substring(eq + 1)));
            } else {
                values.put(key, line.substring(eq + 1));
            }
        }
        return new BackupManifest(Instant.parse(values.get("created")), values.get("file"),
                Long.parseLong(values.get("bytes")), values.get("sha256"), values.get("database"),
                values.get("schemaVersion"), rows, values.get("auditCheckpoint"), values.get("auditHead"),
                Long.parseLong(values.get("durationMillis")), values.get("keyId"));
    }

    private static String mac(byte[] backupKey, String text) {
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(new SecretKeySpec(backupKey, "HmacSHA256"));
            byte[] macKey = derive.doFinal("tenfold-backup-manifest".getBytes(StandardCharsets.US_ASCII));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(macKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

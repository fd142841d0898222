package org.tenfold.audit.chain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.tenfold.records.SecretFiles;

/**
 * The key that signs audit checkpoints (HMAC-SHA256). It lives outside the database, in a file only the
 * server's account reads, so someone who can change every table still cannot sign a shortened chain.
 */
public final class CheckpointKey {

    private final byte[] key;

    private CheckpointKey(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("an audit checkpoint key has at least 32 bytes");
        }
        this.key = key.clone();
    }

    /** Reads a key file (base64 text); see {@link SecretFiles#readKey}. */
    public static CheckpointKey read(Path file) throws IOException {
        return new CheckpointKey(SecretFiles.readKey(file));
    }

    /** A new random key in a new file readable by its owner only; an existing file is kept as it is. */
    public static CheckpointKey createIfMissing(Path file) throws IOException {
        return new CheckpointKey(SecretFiles.keyCreatedIfMissing(file));
    }

    public static CheckpointKey of(byte[] bytes) {
        return new CheckpointKey(bytes);
    }

    public byte[] bytes() {
        return key.clone();
    }

    /** A short name for the key (not secret), stored with each checkpoint so a key change is visible. */
    public String id() {
        return AuditChain.sha256Hex(key).substring(0, 16);
    }

    public String sign(String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

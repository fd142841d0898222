package org.tenfold.backup;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM over a stream of any length, in segments of 1 MiB so neither side holds the whole
 * backup in memory. Each segment's 96-bit nonce is a random prefix of the file, the segment's number and
 * a last-segment flag, and the file's header is authenticated with every segment: a segment changed,
 * dropped, moved or cut off at the end fails to open.
 *
 * <pre>file = "TFBACKUP" version(1) keyId(8) noncePrefix(7) { length(4) ciphertext+tag }*</pre>
 */
public final class SealedStream {

    static final byte[] MAGIC = "TFBACKUP".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;
    private static final int SEGMENT = 1 << 20;
    private static final int TAG_BITS = 128;

    private SealedStream() {
    }

    /** Not secret: tells a wrong key apart from a damaged file before anything is decrypted. */
    static byte[] keyId(byte[] key) {
        try {
            return Arrays.copyOf(java.security.MessageDigest.getInstance("SHA-256").digest(key), 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static OutputStream seal(OutputStream out, byte[] key) throws IOException {
        byte[] prefix = new byte[7];
        new SecureRandom().nextBytes(prefix);
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        header.write(MAGIC);
        header.write(VERSION);
        header.write(keyId(key));
        header.write(prefix);
        byte[] aad = header.toByteArray();
        out.write(aad);
        return new FilterOutputStream(out) {
            private final byte[] buffer = new byte[SEGMENT];
            private int used;
            private int counter;
            private boolean closed;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                while (len > 0) {
                    if (used == SEGMENT) {
                        segment(false);
                    }
                    int n = Math.min(len, SEGMENT - used);
                    System.arraycopy(b, off, buffer, used, n);
                    used += n;
                    off += n;
                    len -= n;
                }
            }

            private void segment(boolean last) throws IOException {
                byte[] sealed = crypt(Cipher.ENCRYPT_MODE, key, nonce(prefix, counter++, last), aad, buffer, used);
                out.write(ByteBuffer.allocate(4).putInt(sealed.length).array());
                out.write(sealed);
                used = 0;
            }

            @Override
            public void flush() {
                // segments are written whole; flushing mid-segment would change the file's layout
            }

            @Override
            public void close() throws IOException {
                if (!closed) {
                    closed = true;
                    segment(true);
                    out.close();
                }
            }
        };
    }

    public static InputStream open(InputStream in, byte[] key) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] aad = new byte[MAGIC.length + 1 + 8 + 7];
        try {
            data.readFully(aad);
        } catch (EOFException e) {
            throw new BackupException("the file is too short to be a Tenfold backup");
        }
        if (!Arrays.equals(Arrays.copyOf(aad, MAGIC.length), MAGIC) || aad[MAGIC.length] != VERSION) {
            throw new BackupException("not a Tenfold backup (or a newer format)");
        }
        if (!Arrays.equals(Arrays.copyOfRange(aad, MAGIC.length + 1, MAGIC.length + 9), keyId(key))) {
            throw new BackupException("this backup was encrypted with another key");
        }
        byte[] prefix = Arrays.copyOfRange(aad, MAGIC.length + 9, aad.length);
        return new InputStream() {
            private byte[] plain = new byte[0];
            private int pos;
            private int counter;
            private boolean ended;

            private boolean fill() throws IOException {
                while (pos == plain.length) {
                    if (ended) {
                        return false;
                    }
                    int length;
                    try {
                        length = data.readInt();
                    } catch (EOFException e) {
                        throw new BackupException("the backup is cut short after segment " + counter);
                    }
                    if (length < 16 || length > SEGMENT + 16) {
                        throw new BackupException("the backup is damaged at segment " + counter);
                    }
                    byte[] sealed = new byte[length];
                    try {
                        data.readFully(sealed);
                    } catch (EOFException e) {
                        throw new BackupException("the backup is cut short in segment " + counter);
                    }
                    try {
                        plain = crypt(Cipher.DECRYPT_MODE, key, nonce(prefix, counter, false), aad, sealed, length);
                    } catch (BackupException notMiddle) {
                        plain = crypt(Cipher.DECRYPT_MODE, key, nonce(prefix, counter, true), aad, sealed, length);
                        ended = true;
                        if (data.read() != -1) {
                            throw new BackupException("the backup has data after its last segment");
                        }
                    }
                    counter++;
                    pos = 0;
                }
                return true;
            }

            @Override
            public int read() throws IOException {
                return fill() ? plain[pos++] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                if (!fill()) {
                    return -1;
                }
                int n = Math.min(len, plain.length - pos);
                System.arraycopy(plain, pos, b, off, n);
                pos += n;
                return n;
            }

            @Override
            public void close() throws IOException {
                data.close();
            }
        };
    }

    private static byte[] nonce(byte[] prefix, int counter, boolean last) {
        return ByteBuffer.allocate(12).put(prefix).putInt(counter).put((byte) (last ? 1 : 0)).array();
    }

    private static byte[] crypt(int mode, byte[] key, byte[] nonce, byte[] aad, byte[] data, int length)
            throws BackupException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            return cipher.doFinal(data, 0, length);
        } catch (AEADBadTagException e) {
            throw new BackupException("the backup does not open with this key: it was changed or damaged");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

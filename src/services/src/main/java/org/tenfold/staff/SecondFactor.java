package org.tenfold.staff;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.tenfold.platform.SecretTokens;

/**
 * TOTP (RFC 6238: HMAC-SHA1, six digits, 30-second steps, as every authenticator app does it), by a
 * well-kept library: secrets, codes, the QR image an app scans, and recovery codes. A code is accepted
 * for the current step and one step either side (clocks drift); which step matched is returned, so the
 * caller can accept each step only once.
 */
public final class SecondFactor {

    /**
     * The demo clinic's accounts share this secret, development only and documented beside the demo
     * logins, so tests and scripts can compute codes. Being public, a code of it may be used more than once
     * (single use would only slow scripts, and protects nothing). No other account is ever given it.
     */
    public static final String DEMO_SECRET = "TENFOLDDEMOONLYDEVELOPMENTXXXXXX";
    public static final int RECOVERY_CODES = 10;
    static final int PERIOD_SECONDS = 30;
    static final int DIGITS = 6;

    private static final DefaultCodeGenerator CODES = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    private SecondFactor() {
    }

    /** A new random secret: 160 bits, Base32. */
    public static String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    /** The otpauth:// address as a PNG data URI, for the QR code on the enrolment screen. */
    public static String qrImage(String secret, String account, String issuer) {
        QrData data = new QrData.Builder().label(account).secret(secret).issuer(issuer)
                .algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(PERIOD_SECONDS).build();
        ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
        generator.setImageSize(240);
        try {
            return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("The QR code could not be drawn", e);
        }
    }

    /** Six digits, spaces allowed between them (apps show "123 456"). */
    public static boolean looksLikeTotp(String code) {
        return code != null && code.replace(" ", "").matches("[0-9]{6}");
    }

    /** The time step the code belongs to (now, or one either side), or empty when it matches none. */
    public static OptionalLong matchingStep(String secret, String code, long epochSeconds) {
        if (secret == null || !looksLikeTotp(code)) {
            return OptionalLong.empty();
        }
        byte[] typed = code.replace(" ", "").getBytes(StandardCharsets.US_ASCII);
        long current = Math.floorDiv(epochSeconds, PERIOD_SECONDS);
        for (long step = current - 1; step <= current + 1; step++) {
            if (MessageDigest.isEqual(typed, codeAt(secret, step).getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The code of a time step: what an authenticator app shows then. */
    public static String codeAt(String secret, long step) {
        try {
            return CODES.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("A TOTP code could not be computed", e);
        }
    }

    public static List<String> newRecoveryCodes() {
        return Arrays.asList(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
    }

    /** How a recovery code is kept: SHA-256 of it in lower case without dashes or spaces. */
    public static String recoveryHash(String code) {
        return SecretTokens.sha256(normalisedRecovery(code));
    }

    public static boolean looksLikeRecoveryCode(String code) {
        return code != null && normalisedRecovery(code).matches("[a-z0-9]{16}");
    }

    private static String normalisedRecovery(String code) {
        return code.strip().toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
    }
}

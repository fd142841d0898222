package org.tenfold.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/**
 * Password protection for a PDF that leaves the clinic: AES-256 encryption with the password agreed with
 * the client. The owner password is random and thrown away, so nobody can lift the restrictions later.
 */
public final class PdfProtection {

    private static final SecureRandom RANDOM = new SecureRandom();

    private PdfProtection() {
    }

    /** The same document, readable only with {@code password}; printing and copying stay allowed. */
    public static byte[] encrypt(byte[] pdf, String password) {
        if (pdf == null || pdf.length == 0) {
            throw new IllegalArgumentException("No PDF to protect");
        }
        if (password == null || password.isBlank()) {
            throw new IllegalArgumentException("A protected PDF needs a password");
        }
        byte[] owner = new byte[32];
        RANDOM.nextBytes(owner);
        AccessPermission permissions = new AccessPermission();
        permissions.setCanModify(false);
        permissions.setCanModifyAnnotations(false);
        permissions.setCanAssembleDocument(false);
        permissions.setCanFillInForm(false);
        StandardProtectionPolicy policy = new StandardProtectionPolicy(
                Base64.getUrlEncoder().withoutPadding().encodeToString(owner), password, permissions);
        policy.setEncryptionKeyLength(256);
        policy.setPreferAES(true);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            document.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new ReportException("Could not protect the PDF", e);
        }
    }
}

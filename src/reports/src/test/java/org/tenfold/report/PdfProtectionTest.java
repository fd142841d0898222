package org.tenfold.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfProtectionTest {

    private static final String PASSWORD = "lantern-Đặng-42";

    @Test
    void encryptedReportOpensOnlyWithItsPassword() throws IOException {
        byte[] plain = new ProgressReportPdf().render(Samples.progress(false, Samples.chart()));
        byte[] locked = PdfProtection.encrypt(plain, PASSWORD);

        assertThrows(InvalidPasswordException.class, () -> Loader.loadPDF(locked).close());
        assertThrows(InvalidPasswordException.class, () -> Loader.loadPDF(locked, "wrong password").close());
        try (PDDocument document = Loader.loadPDF(locked, PASSWORD)) {
            assertTrue(document.isEncrypted());
            assertEquals(256, document.getEncryption().getLength(), "AES-256");
            assertTrue(new PDFTextStripper().getText(document).contains(Samples.CLIENT_NAME));
        }
    }

    @Test
    void aPasswordIsRequired() {
        byte[] plain = new ProgressReportPdf().render(Samples.progress(false, ProgressChart.empty()));
        assertThrows(IllegalArgumentException.class, () -> PdfProtection.encrypt(plain, " "));
        assertThrows(IllegalArgumentException.class, () -> PdfProtection.encrypt(plain, null));
    }
}

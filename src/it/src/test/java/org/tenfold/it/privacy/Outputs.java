package org.tenfold.it.privacy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.tenfold.it.TestServer;

/**
 * Fetches what a reader can get and turns it into text to search: a page or JSON as it came, a PDF as
 * its extracted text plus each page's decoded content stream and its title, a
 * ZIP as each entry's text, recursively.
 */
final class Outputs {

    private static final HttpClient HTTP = TestServer.httpClient(HttpClient.Redirect.NEVER);

    /** One answer: its status, type and everything in it as text. */
    record Output(String where, int status, String contentType, String text) {
    }

    private Outputs() {
    }

    /** GET a path of the test server with a bearer token or a session cookie (either may be null). */
    static Output get(String path, String bearer, String sessionId) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + path))
                .timeout(Duration.ofSeconds(60)).GET();
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer).header("Accept", "application/json, */*");
        }
        if (sessionId != null) {
            b.header("Cookie", "JSESSIONID=" + sessionId);
        }
        try {
            HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            String type = r.headers().firstValue("Content-Type").orElse("");
            return new Output(path, r.statusCode(), type, text(type, path, r.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Everything searchable in a body of this type. */
    static String text(String contentType, String name, byte[] body) {
        if (contentType.startsWith("application/pdf") || name.endsWith(".pdf") || startsWith(body, "%PDF")) {
            return pdf(body);
        }
        if (contentType.startsWith("application/zip") || name.endsWith(".zip") || startsWith(body, "PK")) {
            return zip(body);
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The PDF's extracted text (as pdftotext would give it) and its decoded streams, as Latin-1 text. */
    static String pdf(byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            StringBuilder out = new StringBuilder(new PDFTextStripper().getText(doc));
            for (PDPage page : doc.getPages()) {
                try (InputStream in = page.getContents()) {
                    out.append('\n').append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
                }
            }
            String title = doc.getDocumentInformation().getTitle();
            out.append('\n').append(title == null ? "" : title);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("not a readable PDF", e);
        }
    }

    /** Each entry's name and text, entries that are PDFs or ZIPs opened in turn. */
    static String zip(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.append("\n== ").append(e.getName()).append('\n').append(text("", e.getName(), in.readAllBytes()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("not a readable ZIP", e);
        }
        return out.toString();
    }

    private static boolean startsWith(byte[] body, String magic) {
        byte[] m = magic.getBytes(StandardCharsets.ISO_8859_1);
        if (body.length < m.length) {
            return false;
        }
        for (int i = 0; i < m.length; i++) {
            if (body[i] != m[i]) {
                return false;
            }
        }
        return true;
    }
}

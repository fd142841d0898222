package org.tenfold.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;

/**
 * The audit's source address behind a reverse proxy. The test server trusts 127.0.0.2 as a proxy
 * (TENFOLD_TRUSTED_PROXIES); these requests connect from 127.0.0.1 or 127.0.0.2 and say what X-Forwarded-For
 * claims. Only a trusted proxy's header counts, read from the right, and what a client wrote itself is not believed.
 */
@ExtendWith(ArquillianExtension.class)
class ClientAddressIT {

    private static final String UNTRUSTED = "127.0.0.1";
    private static final String PROXY = "127.0.0.2";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void failedSignInsAreAuditedWithTheAddressATrustedProxyNames() throws IOException {
        assertEquals(UNTRUSTED, failedSignInFrom(UNTRUSTED, "203.0.113.9"), "an untrusted peer's header is ignored");
        assertEquals("203.0.113.9", failedSignInFrom(PROXY, "203.0.113.9"), "the proxy names the client");
        assertEquals("203.0.113.9", failedSignInFrom(PROXY, "198.51.100.7, 203.0.113.9"),
                "what the client wrote before the proxy's entry is not believed");
        assertEquals("203.0.113.10", failedSignInFrom(PROXY, "203.0.113.10, 127.0.0.2"), "trusted hops are skipped");
        assertEquals(PROXY, failedSignInFrom(PROXY, "unknown"), "a header that is no address leaves the proxy's");
        assertEquals(PROXY, failedSignInFrom(PROXY, null), "no header: the proxy itself");
    }

    @Test
    void aSignedInReadThroughTheProxyIsAuditedWithTheClientsAddress() throws IOException {
        String token = Api.as("frontdesk").token();
        long client = ((Number) TestServer.queryOne("SELECT MIN(id) FROM client")).longValue();
        long before = ((Number) TestServer.queryOne("SELECT COALESCE(MAX(id), 0) FROM audit_event")).longValue();
        String status = send(PROXY, "GET /api/clients/" + client + " HTTP/1.1", "203.0.113.77",
                "Authorization: Bearer " + token, "");
        assertTrue(status.startsWith("HTTP/1.1 200"), status);
        assertEquals("203.0.113.77", TestServer.queryOne("SELECT source_address FROM audit_event WHERE id > ?"
                + " AND action = 'CLIENT_VIEW' AND actor = 'frontdesk' AND entity_id = ?", before, String.valueOf(client)));
    }

    /** A wrong password for a made-up account, sent from {@code local}; the address its audit row records. */
    private static String failedSignInFrom(String local, String forwardedFor) throws IOException {
        String username = "nobody-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        String status = send(local, "POST /api/auth/token HTTP/1.1", forwardedFor, "Content-Type: application/json",
                "{\"username\":\"" + username + "\",\"password\":\"not-the-password\"}");
        assertTrue(status.startsWith("HTTP/1.1 401"), status);
        return (String) TestServer.queryOne("SELECT source_address FROM audit_event WHERE action = 'LOGIN'"
                + " AND actor = ?", username.toLowerCase(Locale.ROOT));
    }

    /** One request over a connection from the given local address; its status line. */
    private static String send(String local, String requestLine, String forwardedFor, String header, String body)
            throws IOException {
        int port = URI.create(TestServer.baseUrl()).getPort();
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(requestLine).append("\r\nHost: localhost:").append(port)
                .append("\r\n").append(header).append("\r\nContent-Length: ").append(content.length)
                .append("\r\nConnection: close\r\n");
        if (forwardedFor != null) {
            head.append("X-Forwarded-For: ").append(forwardedFor).append("\r\n");
        }
        head.append("\r\n");
        try (Socket plain = new Socket()) {
            plain.bind(new InetSocketAddress(local, 0));
            plain.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            plain.setSoTimeout(60_000);
            Socket socket = TestServer.sslContext().getSocketFactory().createSocket(plain, "localhost", port, true);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
                line.append((char) c);
            }
            return line.toString().strip();
        }
    }
}

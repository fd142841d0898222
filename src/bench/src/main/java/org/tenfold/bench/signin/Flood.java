package org.tenfold.bench.signin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import javax.net.ssl.SSLContext;

/**
 * Anonymous clients posting wrong passwords as fast as the server answers them, for a fixed time: from
 * one address (127.0.0.1, as a single attacking computer), or each attempt from another address (sent
 * through the trusted proxy 127.0.0.2 with X-Forwarded-For, as a botnet would look behind a reverse
 * proxy). Half of the attempts name a real counsellor, half a username that does not exist. Counts the
 * answers by status.
 */
public final class Flood {

    /** Where the attempts seem to come from. */
    public enum Origin { ONE_ADDRESS, MANY_ADDRESSES }

    private final HttpClient http;
    private final SSLContext tls;
    private final String base;
    private final int httpsPort;
    private final String victim;
    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();

    public Flood(HttpClient http, SSLContext tls, String base, int httpsPort, String victim) {
        this.http = http;
        this.tls = tls;
        this.base = base;
        this.httpsPort = httpsPort;
        this.victim = victim;
    }

    /** Starts the clients; they stop by themselves after {@code length}. Join the returned threads. */
    public List<Thread> start(int clients, Origin origin, Duration length) {
        long end = System.nanoTime() + length.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    int status = attempt(origin);
                    statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
                }
            }, "flood-" + i);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        return threads;
    }

    /** The answers so far by status (0: no answer), then forgotten. */
    public Map<Integer, Long> drain() {
        Map<Integer, Long> counts = new TreeMap<>();
        statuses.forEach((s, n) -> counts.put(s, n.sumThenReset()));
        return counts;
    }

    private int attempt(Origin origin) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String username = r.nextBoolean() ? victim : "nobody" + r.nextInt(1_000_000);
        String body = "{\"username\":\"" + username + "\",\"password\":\"wrong-" + r.nextInt() + "\"}";
        try {
            if (origin == Origin.ONE_ADDRESS) {
                return http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                        .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            }
            return viaProxy("198." + r.nextInt(18, 20) + "." + r.nextInt(256) + "." + r.nextInt(1, 255), body);
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private int viaProxy(String clientAddress, String json) throws IOException {
        byte[] content = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST /api/auth/token HTTP/1.1\r\nHost: localhost:" + httpsPort + "\r\nContent-Type: application/json"
                + "\r\nContent-Length: " + content.length + "\r\nConnection: close\r\nX-Forwarded-For: " + clientAddress
                + "\r\n\r\n";
        try (Socket plain = new Socket()) {
            plain.bind(new InetSocketAddress("127.0.0.2", 0));
            plain.connect(new InetSocketAddress("127.0.0.1", httpsPort), 5_000);
            plain.setSoTimeout(60_000);
            try (Socket socket = tls.getSocketFactory().createSocket(plain, "localhost", httpsPort, true)) {
                OutputStream out = socket.getOutputStream();
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                out.write(content);
                out.flush();
                InputStream in = socket.getInputStream();
                StringBuilder line = new StringBuilder();
                for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
                    line.append((char) c);
                }
                in.transferTo(OutputStream.nullOutputStream());
                String[] parts = line.toString().split(" ");
                return parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            }
        }
    }
}

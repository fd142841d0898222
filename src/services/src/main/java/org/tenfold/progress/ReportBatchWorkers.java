package org.tenfold.progress;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who drives batches on this server. A worker run's token is {@code server/boot/random}: the server's name,
 * this start of it, and the run. A RUNNING batch whose token names this server but an earlier start was
 * left by a server that has since restarted, so nobody drives it: it is resumed at once. Tokens of other
 * servers are trusted while their heartbeat is fresh. The set of live runs here only saves a pass from
 * looking at this server's own batches; the claims in the database are what keep a draft from being made
 * twice.
 */
@ApplicationScoped
public class ReportBatchWorkers {

    private static final String BOOT = UUID.randomUUID().toString().substring(0, 8);

    private final String server = serverName();
    private final Map<String, Long> live = new ConcurrentHashMap<>();

    /** A new worker run's token. */
    public String newToken() {
        return bootPrefix() + UUID.randomUUID();
    }

    /** "name/" of this server, whatever its start. */
    public String serverPrefix() {
        return server + "/";
    }

    /** "name/boot/" of this start of this server. */
    public String bootPrefix() {
        return serverPrefix() + BOOT + "/";
    }

    void started(long batchId, String token) {
        live.put(token, batchId);
    }

    void ended(String token) {
        live.remove(token);
    }

    /** Whether a worker of this server is driving the batch right now. */
    public boolean drives(long batchId) {
        return live.containsValue(batchId);
    }

    private static String serverName() {
        String instance = System.getProperty("com.sun.aas.instanceName", "server");
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        String name = (instance + "@" + host).replace('/', '_');
        return name.length() > 40 ? name.substring(0, 40) : name;
    }
}

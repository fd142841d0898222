package org.tenfold.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoadBalancerTest {

    @Test
    void haproxyEndsTlsChecksReadinessKeepsABrowserWithItsInstanceAndRedispatches() {
        String cfg = LoadBalancer.config(8443, Path.of("/keys/combined.pem"), List.of(9280, 9380));
        assertTrue(cfg.contains("bind :8443 ssl crt /keys/combined.pem"), cfg);
        assertTrue(cfg.contains("http-request set-header X-Forwarded-Proto https"), cfg);
        assertTrue(cfg.contains("option forwardfor"), cfg);
        assertTrue(cfg.contains("http-response replace-header Location ^http://(.*)$ https://\\1"), cfg);
        assertTrue(cfg.contains("option redispatch"), cfg);
        assertTrue(cfg.contains("uri /health/ready"), cfg);
        assertTrue(cfg.contains("cookie TENFOLD_NODE insert indirect nocache secure httponly"), cfg);
        assertTrue(cfg.contains("server instance-1 127.0.0.1:9280 check inter 2s fall 3 rise 2 cookie instance-1"), cfg);
        assertTrue(cfg.contains("server instance-2 127.0.0.1:9380 check inter 2s fall 3 rise 2 cookie instance-2"), cfg);
    }

    @Test
    void theInstancesPortsMeetNoneOfTheAdminServersNorEachOthersUpToTheLargestOffset() {
        for (int offset : new int[] {0, 1000, 50500, ClusterCommand.MAX_OFFSET}) {
            PayaraDomain das = new PayaraDomain(Path.of("payara6"), Path.of("config"), "d", offset, Map.of());
            Cluster cluster = new Cluster(das, offset, ClusterCommand.INSTANCES);
            Set<Integer> ports = new HashSet<>(List.of(das.httpPort(), das.httpsPort(), das.adminPort(),
                    ClusterCommand.BALANCER_PORT + offset, Launcher.RUN_DB_PORT + offset,
                    ClusterCommand.DATA_GRID_PORT + offset, ClusterCommand.DATA_GRID_PORT + offset + 1,
                    ClusterCommand.DATA_GRID_DAS_PORT + offset));
            int expected = ports.size();
            for (int i = 1; i <= cluster.size(); i++) {
                // Payara's port base layout: HTTP 80, HTTPS 81, admin 48, IIOP 37/38/39, JMS 76, JMX 86, OSGi 66, debug 9
                for (int last : new int[] {80, 81, 48, 37, 38, 39, 76, 86, 66, 9}) {
                    int port = cluster.portBase(i) + last;
                    assertTrue(port < 65536, "port " + port + " at offset " + offset);
                    ports.add(port);
                    expected++;
                }
            }
            assertEquals(expected, ports.size(), "no port twice at offset " + offset);
        }
    }
}

package org.tenfold.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DomainHardeningTest {

    /** The parts of a pristine domain.xml's server-config that the hardening changes. */
    private static final String XML = """
            <domain><hazelcast-runtime-configuration start-port="5900" das-port="4900"/>
            <configs><config name="server-config">
              <iiop-service><iiop-listener address="0.0.0.0" port="3700" id="orb-listener-1"/>
                <iiop-listener address="0.0.0.0" port="3820" id="SSL" security-enabled="true"><ssl cert-nickname="s1as"/></iiop-listener></iiop-service>
              <admin-service><jmx-connector address="0.0.0.0" port="8686" name="system" security-enabled="false"/></admin-service>
              <network-config><protocols>
                <protocol name="http-listener-1"><http default-virtual-server="server"/><ssl/></protocol>
                <protocol security-enabled="true" name="http-listener-2"><http default-virtual-server="server"/>
                  <ssl classname="x" cert-nickname="s1as"/></protocol>
                <protocol name="admin-listener"><http default-virtual-server="__asadmin"/></protocol></protocols>
                <network-listeners>
                  <network-listener port="8080" protocol="http-listener-1" name="http-listener-1"/>
                  <network-listener port="8181" protocol="http-listener-2" name="http-listener-2"/>
                  <network-listener port="4848" protocol="admin-listener" name="admin-listener"/>
                </network-listeners></network-config>
              <thread-pools><thread-pool name="http-thread-pool" max-queue-size="4096"/></thread-pools>
            </config>
            <config name="default-config"><network-config><network-listeners>
              <network-listener address="0.0.0.0" port="${ASADMIN_LISTENER_PORT}" name="admin-listener"/>
            </network-listeners></network-config></config></configs></domain>
            """;

    @Test
    void onlyTheApplicationsListenersFaceTheNetwork() {
        String xml = DomainHardening.harden(XML, 32);
        assertTrue(xml.contains("<network-listener address=\"127.0.0.1\" name=\"admin-listener\" port=\"4848\""), xml);
        assertFalse(xml.contains("address=\"127.0.0.1\" name=\"http-listener"), "the application's listeners stay open");
        assertTrue(xml.contains("address=\"127.0.0.1\" id=\"orb-listener-1\""), xml);
        assertTrue(xml.contains("<jmx-connector address=\"127.0.0.1\" enabled=\"false\""), xml);
        assertTrue(xml.contains("<jms-service default-jms-host=\"default_JMS_host\" type=\"DISABLED\">"), xml);
        assertTrue(xml.contains("das-bind-address=\"127.0.0.1\"") && xml.contains("interface=\"127.0.0.1\""), xml);
        assertTrue(xml.contains("port=\"${ASADMIN_LISTENER_PORT}\""), "default-config is left alone");
    }

    @Test
    void httpsUsesThisInstallationsCertificateAndTextIsCompressed() {
        String xml = DomainHardening.harden(XML, 48);
        assertTrue(xml.contains("cert-nickname=\"tenfold\""), xml);
        assertTrue(xml.contains("tls11-enabled=\"false\"") && xml.contains("tls13-enabled=\"true\""), xml);
        assertEquals(2, xml.split("compression=\"on\"", -1).length - 1, "both application listeners: " + xml);
        assertEquals(2, xml.split("server-header=\"false\"", -1).length - 1, xml);
        assertTrue(xml.contains("max-thread-pool-size=\"48\""), xml);
        assertEquals(1, xml.split("http2-enabled=\"false\"", -1).length - 1, "HTTP/1.1, which Payara compresses: " + xml);
    }

    @Test
    void theWorkerPoolIsSizedForTheMachineWithinBounds() {
        assertEquals(32, DomainHardening.httpThreads(null, 1));
        assertEquals(32, DomainHardening.httpThreads("", 2));
        assertEquals(128, DomainHardening.httpThreads(null, 8));
        assertEquals(256, DomainHardening.httpThreads(null, 64));
        assertEquals(12, DomainHardening.httpThreads(" 12 ", 2));
        assertThrows(IllegalArgumentException.class, () -> DomainHardening.httpThreads("3", 2));
        assertThrows(IllegalArgumentException.class, () -> DomainHardening.httpThreads("many", 2));
    }

    @Test
    void aDomainWithoutTheExpectedPartsIsRefused() {
        assertThrows(IllegalStateException.class, () -> DomainHardening.harden("<domain><configs/></domain>", 32));
    }
}

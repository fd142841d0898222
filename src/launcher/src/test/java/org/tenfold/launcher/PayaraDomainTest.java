package org.tenfold.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PayaraDomainTest {

    private static final String XML = """
            <configs><config name="server-config"><network-config><protocols>
            <protocol name="http-listener-1">
              <http default-virtual-server="server" max-connections="250"><file-cache /></http>
            </protocol></protocols></network-config></config>
            <config name="default-config"><network-config><protocols>
            <protocol name="http-listener-1">
              <http default-virtual-server="server"><file-cache /></http>
            </protocol></protocols></network-config></config></configs>
            """;

    @Test
    void theServersListenerLosesItsProductBannerAndTheDefaultConfigIsLeftAlone() {
        String xml = PayaraDomain.withoutProductBanner(XML);
        assertEquals(XML.replaceFirst("<http default-virtual-server=\"server\" max",
                "<http xpowered-by=\"false\" server-header=\"false\" default-virtual-server=\"server\" max"), xml);
    }

    @Test
    void aDomainWithoutTheListenerIsRefusedRatherThanStartedWithTheBanner() {
        assertThrows(IllegalStateException.class, () -> PayaraDomain.withoutProductBanner(
                "<protocol name=\"http-listener-1\"><ssl /></protocol><http default-virtual-server=\"x\">"));
        assertThrows(IllegalStateException.class, () -> PayaraDomain.withoutProductBanner("<configs/>"));
    }
}

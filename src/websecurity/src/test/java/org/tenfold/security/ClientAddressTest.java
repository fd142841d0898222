package org.tenfold.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final List<ClientAddress.Range> PROXIES = ClientAddress.ranges("10.0.0.0/8, 192.0.2.7, fd00::/8");

    private static String from(String peer, String... forwarded) {
        return ClientAddress.resolve(peer, List.of(forwarded), PROXIES);
    }

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertEquals("198.51.100.4", ClientAddress.resolve("198.51.100.4", List.of("203.0.113.9"), List.of()));
    }

    @Test
    void anUntrustedPeerCannotClaimAnotherAddress() {
        assertEquals("198.51.100.4", from("198.51.100.4", "203.0.113.9"));
    }

    @Test
    void aTrustedProxyNamesTheClientAndTrustedHopsAreSkipped() {
        assertEquals("203.0.113.9", from("192.0.2.7", "203.0.113.9"));
        assertEquals("203.0.113.9", from("10.1.2.3", "203.0.113.9, 10.9.9.9"));
        assertEquals("2001:db8::1", from("fd12::1", "2001:db8::1"));
        // the header may come as several lines
        assertEquals("203.0.113.9", from("10.1.2.3", "203.0.113.9", "10.9.9.9"));
    }

    @Test
    void whatTheClientWroteBeforeTheFirstUntrustedHopIsNotBelieved() {
        assertEquals("203.0.113.9", from("192.0.2.7", "1.2.3.4, 203.0.113.9"));
    }

    @Test
    void garbageEndsTheWalkAtTheLastAddressVouchedFor() {
        assertEquals("192.0.2.7", from("192.0.2.7", "not-an-address"));
        assertEquals("10.9.9.9", from("192.0.2.7", "203.0.113.9, unknown, 10.9.9.9"));
        assertEquals("192.0.2.7", from("192.0.2.7", "example.org"), "a name is never looked up");
        assertEquals("192.0.2.7", from("192.0.2.7"), "no header");
    }

    @Test
    void whenEveryHopIsTrustedTheFirstOneIsTheClient() {
        assertEquals("10.0.0.5", from("10.1.2.3", "10.0.0.5, 10.0.0.6"));
    }

    @Test
    void settingsThatAreNotAddressesAreLeftOut() {
        assertEquals(1, ClientAddress.ranges("proxy.example.org, 10.0.0.0/33, 10.0.0.1/x, , 127.0.0.1").size());
        assertTrue(ClientAddress.Range.parse("127.0.0.0/8").orElseThrow()
                .contains(ClientAddress.literal("127.0.0.2").orElseThrow()));
        assertFalse(ClientAddress.Range.parse("127.0.0.1").orElseThrow()
                .contains(ClientAddress.literal("127.0.0.2").orElseThrow()));
        assertFalse(ClientAddress.Range.parse("::1").orElseThrow()
                .contains(ClientAddress.literal("127.0.0.1").orElseThrow()), "IPv6 never matches IPv4");
    }
}

package org.tenfold.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LoginBackingTest {

    @Test
    void returnsToAPageOfThisApplication() {
        assertEquals("/clients/view.xhtml?id=3", LoginBacking.safeNext("/clients/view.xhtml?id=3"));
    }

    @Test
    void neverRedirectsAnywhereElse() {
        for (String hostile : new String[] {null, "", "https://evil.example/", "//evil.example/x", "/\\evil.example",
                "javascript:alert(1)", "/login.xhtml?next=/x", "/x\r\nSet-Cookie: a=b"}) {
            assertEquals("/index.xhtml", LoginBacking.safeNext(hostile), String.valueOf(hostile));
        }
    }
}

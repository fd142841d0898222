/**
 * The client portal's screens: its own sign-in (a separate identity store and session cookie from staff's), the
 * pages a client reads and acts on, "leave quickly", and the short idle timeout. Plain Jakarta Faces with a
 * resource script, under a strict Content-Security-Policy (no inline script or style at all).
 */
package org.tenfold.portal.web;

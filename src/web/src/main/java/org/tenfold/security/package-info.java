/**
 * Sign-in for screens (a PrimeFaces form) and for the API (a bearer token got once for the
 * credentials), one authentication mechanism for both, on the staff table's identity store.
 */
package org.tenfold.security;

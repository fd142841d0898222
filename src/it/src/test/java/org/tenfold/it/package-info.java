/**
 * Integration tests: the real EAR deployed by Arquillian into a real Payara against a real MariaDB,
 * driven over HTTP (the JSON API) and through headless Chromium (the screens).
 */
package org.tenfold.it;

/**
 * The run command and the integration tests' server: an embedded MariaDB (or an external MySQL),
 * a Payara domain unpacked from Maven and configured from config/ as code, and the deployed EAR.
 */
package org.tenfold.launcher;

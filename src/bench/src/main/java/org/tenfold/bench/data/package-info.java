/**
 * The data generator: clearly fictional clients (example.org addresses, Ofcom's drama phone ranges)
 * with the variety that makes search interesting (accents, double surnames), bulk-loaded over JDBC
 * with the derived search columns filled exactly as the {@code Client} entity fills them.
 */
package org.tenfold.bench.data;

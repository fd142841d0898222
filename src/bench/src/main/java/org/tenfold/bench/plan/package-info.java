/**
 * Query plans of the SQL the application really sends: captured from the database's general log
 * while one search of each kind runs, then run through EXPLAIN, to show whether the search uses its
 * indexes (range, index_merge) or scans the table.
 */
package org.tenfold.bench.plan;

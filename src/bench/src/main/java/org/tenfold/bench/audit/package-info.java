/** The records benchmark: audit search and verification over a million events, backup and restore of the result. */
package org.tenfold.bench.audit;

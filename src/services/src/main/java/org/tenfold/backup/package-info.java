/**
 * Backups: made every day at the clinic's chosen time and on demand, by the database's own dump tool,
 * encrypted under the operator's key, kept for the chosen number of days.
 */
package org.tenfold.backup;

/** Records that survive: the audit chain under tampering, backups and the restore drill, crashes mid-work. */
package org.tenfold.it.records;

/**
 * Encrypted backups: a consistent dump by the database's own tool and the files kept beside the
 * database, in one AES-256-GCM sealed archive with a signed manifest; and reading them back for a restore.
 */
package org.tenfold.backup;

/** The administrator's backup screen: back up now, the recent runs, the daily time and the retention. */
package org.tenfold.backup;

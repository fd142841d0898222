/** The administrator's view of the audit trail. */
package org.tenfold.audit;

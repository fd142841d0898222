/**
 * Session notes: one per held appointment, in DAP, SOAP or BIRP, signed and then never changed;
 * corrections are signed addenda.
 */
package org.tenfold.note;

/**
 * Cases (episodes of care) of one client or a couple, with their counsellors and history; who
 * supervises whom; break-the-glass grants; the risk flags and the tasks raised for counsellors.
 */
package org.tenfold.care;

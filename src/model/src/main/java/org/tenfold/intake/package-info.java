/**
 * From first contact to a submitted intake: the front desk's enquiry, and the intake form with its
 * structured risk screening. Intake answers are clinical; who may read them is decided by the care
 * feature's access rule.
 */
package org.tenfold.intake;

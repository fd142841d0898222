/**
 * Session notes: writing, autosaving, signing (with co-signature for supervised counsellors), addenda,
 * the author's private process section, and the notes still missing.
 */
package org.tenfold.note;

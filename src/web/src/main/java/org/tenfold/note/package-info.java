/** Session notes on screen and in the API: writing, autosave, signing, addenda, co-signature. */
package org.tenfold.note;

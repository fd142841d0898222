/** Session notes against the real server and database: signing, addenda, co-signature, couples' privacy. */
package org.tenfold.it.note;

/** Front desk's enquiry form: a first contact becomes a client in ENQUIRY through the enquiry service. */
package org.tenfold.intake;

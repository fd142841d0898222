/**
 * Clients: the people in care, their contact data and the channels they agreed to be reached by.
 */
package org.tenfold.client;

/**
 * Client screens: the searchable list, the record, and the form that creates and edits it.
 */
package org.tenfold.client;

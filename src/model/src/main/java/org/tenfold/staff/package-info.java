/**
 * Staff accounts: who works at the clinic, the roles they hold, and how their passwords are kept.
 */
package org.tenfold.staff;

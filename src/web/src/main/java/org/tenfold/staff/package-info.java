/**
 * The administrator's staff screen: accounts, roles, deactivation, unlocking, password resets.
 */
package org.tenfold.staff;

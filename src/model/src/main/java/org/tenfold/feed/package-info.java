/**
 * Calendar feeds: a counsellor's own appointments as a discreet ICS subscription, reached through a
 * secret URL of which only the hash is stored.
 */
package org.tenfold.feed;

/**
 * Calendar feeds: the owner creates, regenerates or revokes their secret ICS address; calendar apps
 * read it without signing in, and get the counsellor's appointments with initials or first names only.
 */
package org.tenfold.feed;

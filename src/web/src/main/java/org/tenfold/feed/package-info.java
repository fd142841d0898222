/**
 * Calendar feeds on the web: the secret ICS address calendar apps read, and the owner's page to
 * create, regenerate or revoke it.
 */
package org.tenfold.feed;

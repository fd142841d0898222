/**
 * Progress reports a client takes home: drafts, released files kept byte for byte, one-time download
 * links and a counsellor's monthly batches.
 */
package org.tenfold.progress;

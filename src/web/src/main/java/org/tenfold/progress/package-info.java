/** Progress reports over JSON and on screen: drafts, preview, summary, release, download and delivery. */
package org.tenfold.progress;

/**
 * Progress reports: drafts built only from what the report's client may see, preview, summary, release
 * (kept byte for byte), download, encrypted email and one-time links, and a counsellor's monthly batch.
 */
package org.tenfold.progress;

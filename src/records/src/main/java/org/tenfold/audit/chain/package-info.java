/**
 * The audit trail's hash chain: how a row is hashed, how checkpoints are signed, and the walk that
 * names the first row that was changed, removed or slipped in.
 */
package org.tenfold.audit.chain;

/**
 * The JSON API under /api: the same operations and rules as the screens, errors as
 * application/problem+json (RFC 9457) and never a stack trace.
 */
package org.tenfold.api;

/**
 * What every feature's services share: the business exceptions the screens and the API turn into
 * messages, and input validation.
 */
package org.tenfold.platform;

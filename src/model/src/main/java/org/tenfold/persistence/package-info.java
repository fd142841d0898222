/**
 * Mapping details shared by every feature's entities.
 */
package org.tenfold.persistence;

/**
 * Clearly fictional demo data for development and evaluation, loaded on first start when
 * {@code TENFOLD_DEMO_DATA=true}; and the first administrator of a production install.
 */
package org.tenfold.demo;

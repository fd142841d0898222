/**
 * The database schema: Flyway applies the migrations from the top-level sql/ folder at deploy time,
 * before anything else touches the database.
 */
package org.tenfold.db;

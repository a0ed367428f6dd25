/**
 * The db adapter of Omvärld: every repository port of the core, the audit trail and the transactions, with jOOQ on
 * an embedded H2 database (the default) or PostgreSQL. {@link se.omvarld.adapter.db.Database} starts it from
 * {@link se.omvarld.adapter.db.DbSettings}; the Flyway scripts under {@code db/migration} are the one source of the
 * schema, and jOOQ's classes in {@code se.omvarld.adapter.db.jooq} are generated from them at build time.
 */
package se.omvarld.adapter.db;

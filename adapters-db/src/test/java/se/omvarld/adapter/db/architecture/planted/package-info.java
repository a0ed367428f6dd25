/**
 * Planted offenders of the db adapter's architecture test: a copy of the adapter layout under
 * {@code se.omvarld.adapter.db.architecture.planted}, test code only, never seen by the real checks.
 */
package se.omvarld.adapter.db.architecture.planted;

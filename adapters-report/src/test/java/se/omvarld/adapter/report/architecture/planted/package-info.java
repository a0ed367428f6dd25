/**
 * Planted offenders of the report adapter's architecture test: a copy of the adapter layout under
 * {@code se.omvarld.adapter.report.architecture.planted}, test code only, never seen by the real checks.
 */
package se.omvarld.adapter.report.architecture.planted;

/**
 * Planted offenders of the http adapter's (and the service's) architecture test: a copy of the adapter layout
 * under {@code se.omvarld.adapter.http.architecture.planted}, test code only, never seen by the real checks.
 */
package se.omvarld.adapter.http.architecture.planted;

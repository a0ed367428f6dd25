/**
 * The http adapter of Omvärld.
 */
package se.omvarld.adapter.http;

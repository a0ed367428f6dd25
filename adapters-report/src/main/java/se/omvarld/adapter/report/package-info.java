/**
 * The report adapter of Omvärld.
 */
package se.omvarld.adapter.report;

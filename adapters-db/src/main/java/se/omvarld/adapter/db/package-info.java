/**
 * The db adapter of Omvärld.
 */
package se.omvarld.adapter.db;

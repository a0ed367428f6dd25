/**
 * Omvärld: the register of a Swedish municipality's international work.
 */
package se.omvarld;

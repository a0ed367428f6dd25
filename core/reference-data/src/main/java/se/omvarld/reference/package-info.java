/**
 * Real reference data for the core's ports, shipped with its readers: {@link VdemCountryAssessments} (V-Dem's regime
 * classes, the country assessments R2 consults) and {@link EcbExchangeRates} (the ECB's euro reference rates). Each
 * reads the copy shipped in this module, or a newer file of the same layout, and lists every row it could not take.
 * Plain Java on the core: no database, no network.
 */
package se.omvarld.reference;

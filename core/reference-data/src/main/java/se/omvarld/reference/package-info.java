/**
 * Real reference data for the core's ports, shipped with its readers: {@link VdemCountryAssessments} (V-Dem's regime
 * classes, the country assessments R2 consults), {@link EcbExchangeRates} (the ECB's euro reference rates),
 * {@link TwinTownsCsv} (Wikipedia's lists of twin towns, for the national twin-town import) and
 * {@link SwedishMunicipalityCodes} (SCB's 290 municipality codes). The first two read the copy shipped in this module,
 * or a newer file of the same layout, and list every row they could not take; the twin-town rows are judged by the
 * import, which does the same.
 * Plain Java on the core: no database, no network.
 */
package se.omvarld.reference;

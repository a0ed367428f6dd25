/**
 * IATI 2.03 activity XML: a municipality's projects as the International Aid Transparency Initiative's standard
 * publishes them, every coded value from the IATI codelists ({@link se.omvarld.adapter.report.iati.IatiCodes}).
 */
package se.omvarld.adapter.report.iati;

/**
 * Open data for a municipality's website: its {@link se.omvarld.domain.register.PublicView} as JSON and CSV, an Atom
 * feed of the changes to the records in it, and an accessible HTML fragment to include as it is. Nothing internal is
 * written: no ids, versions, actors or budgets.
 */
package se.omvarld.adapter.report.opendata;

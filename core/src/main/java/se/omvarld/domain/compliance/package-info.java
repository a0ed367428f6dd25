/**
 * Compliance (efterlevnad): findings over a municipality's whole register under its policy profile — which rule,
 * which record, since when, how severe. See {@link se.omvarld.domain.compliance.Compliance}.
 */
package se.omvarld.domain.compliance;

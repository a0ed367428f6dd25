/**
 * Planted offenders: a copy of Omvärld's package layout under {@code se.omvarld.architecture.planted} in which
 * each class breaks (or, for a few controls, keeps) exactly one architecture rule. The rules in
 * {@link se.omvarld.architecture.ArchitectureRules} are made for a root package; a test that passes this root and
 * imports only the planted classes it names proves that the rule can fail, so it cannot pass vacuously.
 *
 * <p>Test code only. The real checks import with {@code DO_NOT_INCLUDE_TESTS} and leave out test-jars, and their
 * root is {@code se.omvarld}, so nothing here ever reaches them.
 */
package se.omvarld.architecture.planted;

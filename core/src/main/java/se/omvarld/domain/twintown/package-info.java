/**
 * Twin towns (vänorter) as Sweden knows them: the national list of pairs of a Swedish municipality and a town
 * abroad (or a second Swedish municipality), read from a messy public list and taken only where every part is
 * certain — a country name that is no ISO 3166-1 country, or a Swedish town that is none of Sweden's 290
 * municipalities, is rejected with its line and reason, never guessed. See
 * {@link se.omvarld.domain.twintown.TwinTownImport}.
 */
package se.omvarld.domain.twintown;

/**
 * Statistics (statistik): the figures a politician reads — international activities per year and external funding
 * in SEK by programme, unit, country and area, each conversion naming its rate's day and source, and a missing rate
 * never a zero. See {@link se.omvarld.domain.statistics.Statistics}.
 */
package se.omvarld.domain.statistics;

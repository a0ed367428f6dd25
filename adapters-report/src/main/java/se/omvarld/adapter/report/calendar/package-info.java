/**
 * iCalendar (RFC 5545) feeds of a municipality's obligation due dates and call deadlines, for a coordinator or a
 * unit to subscribe to from any calendar program.
 */
package se.omvarld.adapter.report.calendar;

/**
 * Reports (rapporter): what the register is followed up with — the annual compilation (årlig sammanställning) for the
 * executive board, a committee's annual-report section — in the languages and formats a report is written in.
 */
package se.omvarld.domain.report;

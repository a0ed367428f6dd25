/**
 * Reminders by e-mail (påminnelser): what a person answers for, which reminders and weekly digests are due on a day,
 * and the stable key under which each is delivered once.
 */
package se.omvarld.domain.reminder;

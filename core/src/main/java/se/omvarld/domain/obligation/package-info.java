/**
 * Reporting obligations (rapporteringsskyldigheter): what a municipality owes whom and by when, the stable
 * {@link se.omvarld.domain.obligation.ObligationKeys keys} that tie a recorded submission to its obligation, and the
 * council's {@link se.omvarld.domain.obligation.MandatePeriod mandate period}. The planner that derives the
 * obligations from a whole register is {@code se.omvarld.domain.register.ObligationPlanner}: the register holds the
 * obligation records, so the planner sits beside it rather than here, keeping the packages free of cycles.
 */
package se.omvarld.domain.obligation;

package se.omvarld.domain.register;

import java.time.LocalDate;
import se.omvarld.domain.obligation.ObligationKey;
import se.omvarld.domain.obligation.ObligationKind;
import se.omvarld.domain.shared.Body;

/** An obligation a rule imposes, before the planner looks up what was done about it. */
record Due(ObligationKey key, ObligationKind kind, String subject, LocalDate trigger, LocalDate due,
        Body responsible, Body recipient) {
}

package se.omvarld.domain.policy;

/** How strongly a policy sentence binds: what a rule does when it is not met. */
public enum Force {
    /** "ska", "skall", "är en förutsättning": the rule refuses an action that breaks it, and compliance flags it. */
    DUTY,
    /** "bör", "ska prioriteras", "där så är möjligt": the rule advises on the action and compliance notes it. */
    PREFERENCE
}

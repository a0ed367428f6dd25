package se.omvarld.domain.policy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one class that holds a rule's policy: the function the action enforcing it calls, and that
 * {@code Compliance} calls over the register. Every {@link RuleId} has exactly one such class, and its javadoc links
 * to it, so a reader reaches any rule's code in one hop from its id.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PolicyRule {

    RuleId value();
}

package se.omvarld.service;

import com.google.common.collect.ImmutableList;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import se.omvarld.application.ConstraintWording;
import se.omvarld.port.CommandValidator;
import se.omvarld.port.Violation;

/** Checks commands with Hibernate Validator, the Jakarta Validation provider chosen for the service. */
final class BeanValidationCommandValidator implements CommandValidator, AutoCloseable {

    private final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
    private final Validator validator = factory.getValidator();

    @Override
    public ImmutableList<Violation> validate(Object command) {
        return validator.validate(command).stream()
                .map(ConstraintWording::violation)
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::reason))
                .collect(ImmutableList.toImmutableList());
    }

    /** The same validator for the API's request bodies: one factory for the service, built once. */
    Validator validator() {
        return validator;
    }

    @Override
    public void close() {
        factory.close();
    }
}

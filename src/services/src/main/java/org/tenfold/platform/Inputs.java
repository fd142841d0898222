package org.tenfold.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Bean Validation for service parameters, turned into an {@link InvalidInputException}. */
@ApplicationScoped
public class Inputs {

    @Inject
    Validator validator;

    public <T> T valid(T input, String what) {
        if (input == null) {
            throw new InvalidInputException(what, what + " is required.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        validator.validate(input).stream()
                .sorted(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
                .forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return input;
    }
}

package org.mplus.tck.spec;

import java.util.Optional;

/** The outcome of parsing a formatted value: the value, or the precise reason it is not one. */
public sealed interface Parsed<T> {

    record Valid<T>(T value) implements Parsed<T> {
    }

    record Invalid<T>(ParseError error) implements Parsed<T> {
    }

    default boolean isValid() {
        return this instanceof Valid;
    }

    default Optional<T> valueIfValid() {
        return this instanceof Valid<T> v ? Optional.of(v.value()) : Optional.empty();
    }

    default Optional<ParseError> errorIfInvalid() {
        return this instanceof Invalid<T> i ? Optional.of(i.error()) : Optional.empty();
    }
}

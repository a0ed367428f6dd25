package se.omvarld.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import se.omvarld.domain.shared.MunicipalityCode;

/** The key of a row: an id is unique only within its municipality, as in the database's primary keys. */
record Scoped<I>(MunicipalityCode municipality, I id) {

    Scoped {
        checkNotNull(municipality, "municipality is required");
        checkNotNull(id, "id is required");
    }

    static <I> Scoped<I> of(MunicipalityCode municipality, I id) {
        return new Scoped<>(municipality, id);
    }
}

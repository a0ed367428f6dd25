package se.omvarld.application;

import java.util.function.Supplier;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.port.Page;

/** How a use case answers a page of one of a municipality's lists. */
final class Listings {

    private Listings() {
    }

    /**
     * The page {@code list} reads, or not found when the municipality is unknown. Rows of a municipality prove that
     * it exists, so only an empty list asks the municipalities: a list is one statement, not two, and needs no
     * transaction around it.
     */
    static <T> Result<Page<T>> page(Ports ports, MunicipalityCode municipality, Supplier<Page<T>> list) {
        Page<T> page = list.get();
        return page.total() > 0 || ports.municipalities().exists(municipality)
                ? new Result.Ok<>(page)
                : new Result.NotFound<>("municipality", municipality.value());
    }
}

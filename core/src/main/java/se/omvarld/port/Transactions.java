package se.omvarld.port;

import java.util.function.Supplier;

/**
 * One transaction per use case: everything {@code work} writes is stored together, or, if it throws, none of it.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}

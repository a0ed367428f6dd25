package se.omvarld.adapter.db;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/** What an import of reference data took, and each row it could not take with the reason. */
public record ImportReport(String file, int imported, ImmutableList<String> skipped) {

    public ImportReport {
        checkNotNull(file, "file is required");
        checkArgument(imported >= 0, "imported must not be negative");
        checkNotNull(skipped, "skipped is required");
    }

    @Override
    public String toString() {
        return file + ": " + imported + " imported, " + skipped.size() + " skipped";
    }
}

package se.omvarld.adapter.http;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Reader;
import java.time.LocalDate;
import java.util.Optional;
import se.omvarld.domain.shared.Wording;

/**
 * Imports a newer publication of a reference data file over what is stored: the ECB's euro reference rates or
 * V-Dem's regime classes (R2). What the file adds is stored; what is stored already must be in the file unchanged.
 * A file with a row that cannot be taken, or that contradicts what is stored, changes nothing.
 */
public interface ReferenceDataImports {

    /** Imports a file of the ECB's layout ({@code Date,USD,JPY,…}). */
    Imported exchangeRates(String file, Reader csv);

    /** Imports a file of V-Dem's layout ({@code entity,iso3,year,regime}). */
    Imported countryAssessments(String file, Reader csv);

    /** What is stored now: the latest day with the krona's rate, and the latest year with a country assessment. */
    Stored stored();

    /**
     * The latest ECB day with the krona's rate (what every conversion into kronor needs) and the latest V-Dem year
     * stored, each empty while none is.
     */
    record Stored(Optional<LocalDate> latestRateDay, Optional<Integer> latestAssessmentYear) {
        public Stored {
            checkNotNull(latestRateDay, "latestRateDay is required (may be empty)");
            checkNotNull(latestAssessmentYear, "latestAssessmentYear is required (may be empty)");
        }
    }

    /** What an import added ({@code added} rates or assessments), and how many of the file's were stored already. */
    record Imported(String file, int added, int unchanged) {
        public Imported {
            checkNotNull(file, "file is required");
            checkArgument(added >= 0 && unchanged >= 0, "counts must not be negative");
        }
    }

    /**
     * The file has a row that cannot be taken ({@code line} 1 is the header; 0 is the file as a whole), and why in
     * words any language can say.
     */
    final class BadFile extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String file;
        private final int line;
        private final transient Wording wording;

        public BadFile(String file, int line, Wording wording) {
            super(file + (line > 0 ? ", line " + line : "") + ": " + checkNotNull(wording, "wording is required")
                    .english());
            this.file = checkNotNull(file, "file is required");
            this.line = line;
            this.wording = wording;
        }

        public String file() {
            return file;
        }

        public int line() {
            return line;
        }

        /** Why, in English. */
        public String reason() {
            return wording.english();
        }

        public Wording wording() {
            return wording;
        }
    }
}

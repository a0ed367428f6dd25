package se.omvarld.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import se.omvarld.adapter.db.ReferenceDataImport;
import se.omvarld.adapter.http.ReferenceDataImports;
import se.omvarld.domain.policy.CountryAssessment;
import se.omvarld.domain.shared.InvalidValue;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;
import se.omvarld.reference.EcbExchangeRates;
import se.omvarld.reference.RejectedRow;
import se.omvarld.reference.VdemCountryAssessments;

/**
 * The reference data imports of the API and of the scheduled ECB refresh, over {@link ReferenceDataImport}: a file
 * is read whole, checked against what is stored (a stored rate or assessment must be in it unchanged), and only what
 * it adds is handed to the import, in one transaction. Anything wrong changes nothing.
 */
final class ReferenceDataFiles implements ReferenceDataImports {

    private final ReferenceDataImport importer;

    ReferenceDataFiles(ReferenceDataImport importer) {
        this.importer = checkNotNull(importer, "importer is required");
    }

    @Override
    public synchronized Imported exchangeRates(String file, Reader csv) {
        EcbExchangeRates rates = read(file, () -> EcbExchangeRates.read(file, csv));
        if (!rates.rejected().isEmpty()) {
            throw bad(rates.rejected().get(0));
        }
        Map<String, BigDecimal> stored = importer.storedRates();
        SortedSet<LocalDate> storedDays = new TreeSet<>();
        stored.keySet().forEach(key -> storedDays.add(LocalDate.parse(key.substring(4))));
        TreeMap<LocalDate, Map<Currency, BigDecimal>> added = new TreeMap<>();
        int unchanged = 0;
        for (EcbExchangeRates.Fixing f : rates.fixings()) {
            BigDecimal was = stored.get(f.currency().getCurrencyCode() + " " + f.day());
            if (was != null && was.compareTo(f.unitsPerEuro()) == 0) {
                unchanged++;
            } else if (was != null || storedDays.contains(f.day())) {
                throw new BadFile(file, 0, changed(f, was));
            } else {
                added.computeIfAbsent(f.day(), d -> new HashMap<>()).put(f.currency(), f.unitsPerEuro());
            }
        }
        if (added.isEmpty()) {
            return new Imported(file, 0, unchanged);
        }
        List<Currency> currencies = added.values().stream().flatMap(m -> m.keySet().stream()).distinct()
                .sorted((a, b) -> a.getCurrencyCode().compareTo(b.getCurrencyCode())).toList();
        StringBuilder ecb = new StringBuilder("Date");
        currencies.forEach(c -> ecb.append(',').append(c.getCurrencyCode()));
        added.forEach((day, byCurrency) -> {
            ecb.append('\n').append(day);
            currencies.forEach(c -> ecb.append(',').append(byCurrency.containsKey(c)
                    ? byCurrency.get(c).toPlainString() : "N/A"));
        });
        int imported = importer.ecbRates(file, new StringReader(ecb.append('\n').toString())).imported();
        return new Imported(file, imported, unchanged);
    }

    @Override
    public synchronized Imported countryAssessments(String file, Reader csv) {
        VdemCountryAssessments table = read(file, () -> VdemCountryAssessments.read(file, csv));
        for (RejectedRow row : table.rejected()) {
            String[] cells = row.text().split(",", -1);
            // Our World in Data's table also has regions and the world without an ISO code, and territories under
            // codes of its own (OWID_KOS, Kosovo): not countries of ISO 3166-1, left out as the shipped import does.
            if (!(cells.length == 4 && (cells[1].isBlank() || cells[1].strip().startsWith("OWID_")))) {
                throw bad(row);
            }
        }
        Map<String, Integer> stored = importer.storedAssessments();
        List<CountryAssessment> added = new ArrayList<>();
        int unchanged = 0;
        for (CountryAssessment a : table.all()) {
            Integer was = stored.get(a.country().value() + " " + a.year());
            if (was == null) {
                added.add(a);
            } else if (was == a.regime().code()) {
                unchanged++;
            } else {
                throw new BadFile(file, 0, Wording.of(WordingKey.FIELD_FILE_ASSESSMENT_CHANGED, a.country() + " "
                        + a.year() + " is class " + a.regime().code() + " in the file but " + was + " in the register:"
                        + " a stored assessment must be unchanged", a.country(), a.year(), a.regime().code(), was));
            }
        }
        if (added.isEmpty()) {
            return new Imported(file, 0, unchanged);
        }
        StringBuilder vdem = new StringBuilder(VdemCountryAssessments.HEADER);
        added.forEach(a -> vdem.append('\n').append(a.country().value()).append(',').append(a.country().alpha3())
                .append(',').append(a.year()).append(',').append(a.regime().code()));
        int imported = importer.countryRegimes(file, new StringReader(vdem.append('\n').toString())).imported();
        return new Imported(file, imported, unchanged);
    }

    @Override
    public Stored stored() {
        return new Stored(importer.latestRateDay("SEK"), importer.latestAssessmentYear());
    }

    /** Why a fixing in the file cannot be taken over what the register has for its day. */
    private static Wording changed(EcbExchangeRates.Fixing f, BigDecimal was) {
        String english = "the " + f.currency() + " rate of " + f.day() + " is " + f.unitsPerEuro() + " in the file but "
                + (was == null ? "not stored" : was) + " in the register: a stored day must be unchanged";
        String currency = f.currency().getCurrencyCode();
        return was == null
                ? Wording.of(WordingKey.FIELD_FILE_RATE_NOT_STORED, english, currency, f.day(), f.unitsPerEuro())
                : Wording.of(WordingKey.FIELD_FILE_RATE_CHANGED, english, currency, f.day(), f.unitsPerEuro(), was);
    }

    /** A file the reader refuses whole: its reason, keyed where the reader keys it, stands at the header, line 1. */
    private static <T> T read(String file, java.util.function.Supplier<T> reading) {
        try {
            return reading.get();
        } catch (IllegalArgumentException e) {
            throw new BadFile(file, 1, e instanceof InvalidValue invalid ? invalid.wording()
                    : Wording.unkeyed(e.getMessage()));
        }
    }

    private static BadFile bad(RejectedRow row) {
        return new BadFile(row.file(), row.line(), row.wording());
    }
}

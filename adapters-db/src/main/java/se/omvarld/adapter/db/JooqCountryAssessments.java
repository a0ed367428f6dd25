package se.omvarld.adapter.db;

import static com.google.common.base.Preconditions.checkNotNull;
import static se.omvarld.adapter.db.jooq.Tables.COUNTRY_ASSESSMENT;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.omvarld.adapter.db.jooq.tables.records.CountryAssessmentRecord;
import se.omvarld.domain.policy.CountryAssessment;
import se.omvarld.domain.policy.CountryAssessmentTable;
import se.omvarld.domain.policy.RegimeClass;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.port.CountryAssessments;

/** The country assessments (V-Dem's regime classes) stored by {@link ReferenceDataImport}. */
public final class JooqCountryAssessments implements CountryAssessments {

    private final JooqTransactions transactions;

    public JooqCountryAssessments(JooqPersistence persistence) {
        this.transactions = checkNotNull(persistence, "persistence is required").transactions();
    }

    @Override
    public Optional<CountryAssessment> latest(CountryCode country, int year) {
        checkNotNull(country, "country is required");
        return transactions.dsl(dsl -> dsl.selectFrom(COUNTRY_ASSESSMENT)
                .where(COUNTRY_ASSESSMENT.COUNTRY.eq(country.value()), COUNTRY_ASSESSMENT.ASSESSED_YEAR.le(year))
                .orderBy(COUNTRY_ASSESSMENT.ASSESSED_YEAR.desc())
                .limit(1)
                .fetchOptional(JooqCountryAssessments::assessment));
    }

    @Override
    public ImmutableList<CountryAssessment> history(CountryCode country) {
        checkNotNull(country, "country is required");
        return transactions.dsl(dsl -> dsl.selectFrom(COUNTRY_ASSESSMENT)
                .where(COUNTRY_ASSESSMENT.COUNTRY.eq(country.value()))
                .orderBy(COUNTRY_ASSESSMENT.ASSESSED_YEAR)
                .fetch(JooqCountryAssessments::assessment)
                .stream().collect(ImmutableList.toImmutableList()));
    }

    /**
     * One query for the histories of all {@code countries} (a register's few dozen): a compliance check used to read
     * one country's history per partnership and year, 2,500 queries for a register of 200 partnerships. Read per
     * call rather than cached in the adapter for the life of the process: the reference data may be re-imported or
     * extended while the service runs, and one indexed query costs well under a millisecond.
     */
    @Override
    public CountryAssessmentTable tableFor(Set<CountryCode> countries) {
        checkNotNull(countries, "countries are required");
        Map<CountryCode, List<CountryAssessment>> read = new HashMap<>();
        countries.forEach(c -> read.put(c, new ArrayList<>()));
        if (!countries.isEmpty()) {
            transactions.dsl(dsl -> dsl.selectFrom(COUNTRY_ASSESSMENT)
                    .where(COUNTRY_ASSESSMENT.COUNTRY.in(countries.stream().map(CountryCode::value).toList()))
                    .orderBy(COUNTRY_ASSESSMENT.COUNTRY, COUNTRY_ASSESSMENT.ASSESSED_YEAR)
                    .fetch(JooqCountryAssessments::assessment))
                    .forEach(a -> read.get(a.country()).add(a));
        }
        return country -> read.computeIfAbsent(country, this::history);
    }

    private static CountryAssessment assessment(CountryAssessmentRecord r) {
        return new CountryAssessment(CountryCode.of(r.getCountry().strip()), r.getAssessedYear(),
                RegimeClass.ofCode(r.getRegime()), r.getSource());
    }
}

package se.omvarld.adapter.db;

import static com.google.common.base.Preconditions.checkNotNull;
import static se.omvarld.adapter.db.jooq.Tables.COUNTRY_ASSESSMENT;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import se.omvarld.adapter.db.jooq.tables.records.CountryAssessmentRecord;
import se.omvarld.domain.policy.CountryAssessment;
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

    private static CountryAssessment assessment(CountryAssessmentRecord r) {
        return new CountryAssessment(CountryCode.of(r.getCountry().strip()), r.getAssessedYear(),
                RegimeClass.ofCode(r.getRegime()), r.getSource());
    }
}

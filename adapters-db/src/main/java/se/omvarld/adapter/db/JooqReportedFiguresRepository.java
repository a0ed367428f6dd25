package se.omvarld.adapter.db;

import static com.google.common.base.Preconditions.checkNotNull;
import static se.omvarld.adapter.db.jooq.Tables.REPORTED_FIGURES;

import com.google.common.collect.ImmutableList;
import java.util.Currency;
import java.util.Optional;
import se.omvarld.adapter.db.jooq.tables.records.ReportedFiguresRecord;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.statistics.ReportedFigures;
import se.omvarld.port.ReportedFiguresRepository;

/** The figures municipalities reported for earlier years, keyed by municipality and year. */
public final class JooqReportedFiguresRepository implements ReportedFiguresRepository {

    static final String AGGREGATE = "ReportedFigures";

    private final JooqTransactions transactions;

    public JooqReportedFiguresRepository(JooqTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions are required");
    }

    @Override
    public Optional<ReportedFigures> find(MunicipalityCode municipality, int year) {
        checkNotNull(municipality, "municipality is required");
        return transactions.dsl(dsl -> dsl.selectFrom(REPORTED_FIGURES)
                .where(REPORTED_FIGURES.MUNICIPALITY_CODE.eq(municipality.value()),
                        REPORTED_FIGURES.REPORTED_YEAR.eq(year))
                .fetchOptional(JooqReportedFiguresRepository::figures));
    }

    @Override
    public ImmutableList<ReportedFigures> all(MunicipalityCode municipality) {
        checkNotNull(municipality, "municipality is required");
        return transactions.dsl(dsl -> dsl.selectFrom(REPORTED_FIGURES)
                .where(REPORTED_FIGURES.MUNICIPALITY_CODE.eq(municipality.value()))
                .orderBy(REPORTED_FIGURES.REPORTED_YEAR)
                .fetch(JooqReportedFiguresRepository::figures)
                .stream().collect(ImmutableList.toImmutableList()));
    }

    @Override
    public ReportedFigures save(ReportedFigures figures) {
        checkNotNull(figures, "figures are required");
        String id = figures.municipality() + "/" + figures.year();
        return transactions.dsl(dsl -> Store.guard(AGGREGATE, id, figures.version(), () -> {
            ReportedFiguresRecord r = dsl.newRecord(REPORTED_FIGURES);
            r.setMunicipalityCode(figures.municipality().value());
            r.setReportedYear(figures.year());
            r.setActivities(figures.activities());
            r.setExternalFunding(figures.externalFunding().amount());
            r.setExternalFundingCurrency(figures.externalFunding().currency().getCurrencyCode());
            r.setSource(figures.source());
            return figures.withVersion(Store.saveRoot(dsl, r, REPORTED_FIGURES.VERSION, figures.version(),
                    AGGREGATE, id));
        }));
    }

    private static ReportedFigures figures(ReportedFiguresRecord r) {
        return new ReportedFigures(MunicipalityCode.of(r.getMunicipalityCode()), r.getReportedYear(),
                r.getActivities(), Money.of(r.getExternalFunding(), Currency.getInstance(r.getExternalFundingCurrency())),
                r.getSource(), r.getVersion());
    }
}

package se.omvarld.adapter.db;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static se.omvarld.adapter.db.jooq.Tables.VISIT;
import static se.omvarld.adapter.db.jooq.Tables.VISIT_REPORT;

import java.util.Optional;
import org.jooq.Condition;
import se.omvarld.adapter.db.jooq.tables.records.VisitReportRecord;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.VisitId;
import se.omvarld.domain.visit.VisitReport;
import se.omvarld.port.VisitReports;

/**
 * The visits' reports, one row each keyed by (municipality, visit), the bytes in the row beside their description. A
 * description is read without its bytes: a visit's page shows it on every view, and the bytes (up to 5 MB) are read
 * only for a download.
 */
public final class JooqVisitReports implements VisitReports {

    private final JooqTransactions transactions;

    public JooqVisitReports(JooqTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions are required");
    }

    @Override
    public boolean save(VisitReport report, byte[] content) {
        checkNotNull(report, "report is required");
        checkNotNull(content, "content is required");
        checkArgument(report.describes(content), "the content is not the report's: its size or SHA-256 differs");
        // One transaction, so that the visit found is the visit the report is kept for.
        return transactions.inTransaction(() -> transactions.dsl(dsl -> {
            String code = report.municipality().value();
            checkArgument(dsl.fetchExists(VISIT, VISIT.MUNICIPALITY_CODE.eq(code)
                    .and(VISIT.ID.eq(report.visit().value()))), "visit %s is not stored in %s", report.visit(), code);
            VisitReportRecord r = dsl.newRecord(VISIT_REPORT);
            r.setMunicipalityCode(code);
            r.setVisitId(report.visit().value());
            r.setFileName(report.fileName());
            r.setMediaType(report.format().mediaType());
            r.setSize(Math.toIntExact(report.size()));
            r.setSha256(report.sha256());
            r.setUploadedAt(Rows.timestamp(report.uploadedAt()));
            r.setUploadedBy(report.uploadedBy());
            r.setContent(content);
            Condition key = key(report.municipality(), report.visit());
            if (dsl.update(VISIT_REPORT).set(r).where(key).execute() == 1) {
                return true;
            }
            dsl.insertInto(VISIT_REPORT).set(r).execute();
            return false;
        }));
    }

    @Override
    public Optional<VisitReport> find(MunicipalityCode municipality, VisitId visit) {
        checkNotNull(municipality, "municipality is required");
        checkNotNull(visit, "visit is required");
        return transactions.dsl(dsl -> dsl.select(VISIT_REPORT.FILE_NAME, VISIT_REPORT.MEDIA_TYPE, VISIT_REPORT.SIZE,
                        VISIT_REPORT.SHA256, VISIT_REPORT.UPLOADED_AT, VISIT_REPORT.UPLOADED_BY)
                .from(VISIT_REPORT).where(key(municipality, visit)).fetchOptional()
                .map(r -> new VisitReport(municipality, visit, r.get(VISIT_REPORT.FILE_NAME),
                        VisitReport.Format.ofMediaType(r.get(VISIT_REPORT.MEDIA_TYPE)).orElseThrow(),
                        r.get(VISIT_REPORT.SIZE), r.get(VISIT_REPORT.SHA256),
                        r.get(VISIT_REPORT.UPLOADED_AT).toInstant(), r.get(VISIT_REPORT.UPLOADED_BY))));
    }

    @Override
    public Optional<byte[]> content(MunicipalityCode municipality, VisitId visit) {
        checkNotNull(municipality, "municipality is required");
        checkNotNull(visit, "visit is required");
        return transactions.dsl(dsl -> dsl.select(VISIT_REPORT.CONTENT).from(VISIT_REPORT)
                .where(key(municipality, visit)).fetchOptional(VISIT_REPORT.CONTENT));
    }

    private static Condition key(MunicipalityCode municipality, VisitId visit) {
        return VISIT_REPORT.MUNICIPALITY_CODE.eq(municipality.value()).and(VISIT_REPORT.VISIT_ID.eq(visit.value()));
    }
}

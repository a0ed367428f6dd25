package se.omvarld.adapter.http.web;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import se.omvarld.adapter.http.ReferenceDataImports;
import se.omvarld.adapter.http.api.ApiServices;
import se.omvarld.application.Result;
import se.omvarld.application.TwinTownCommands;
import se.omvarld.application.TwinTownUseCases;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.shared.InvalidValue;
import se.omvarld.domain.twintown.TwinTownRow;

/**
 * The reference-data imports (referensdata), the same the API's {@code /api/v1/reference-data} and twin-town import
 * run: an admin uploads a newer publication of the ECB's euro reference rates or of V-Dem's regime table (R2), and an
 * admin or coordinator the municipality's twin towns from a list in the national list's layout. Each import says what
 * it did; a file with a row that cannot be taken changes nothing, and its line and reason stand by the file's field.
 */
public final class ReferenceDataPages implements WebRoutes {

    /** The page's imports: the query naming each (also its file field's name) and who may run it. */
    private enum Import {
        EXCHANGE_RATES("exchange-rates", Role.ADMIN),
        COUNTRY_ASSESSMENTS("country-assessments", Role.ADMIN),
        TWIN_TOWNS("twin-towns", Role.ADMIN, Role.COORDINATOR);

        private final String field;
        private final Role[] roles;

        Import(String field, Role... roles) {
            this.field = field;
            this.roles = roles;
        }

        /** The import the form's query names, after checking the signed-in person may run it; else the 404 page. */
        static Import chosen(WebRequest x) {
            Import chosen = Arrays.stream(values()).filter(i -> x.query("import").orElse("").equals(i.field))
                    .findFirst().orElseThrow(x::notFound);
            x.requireRole(chosen.roles);
            return chosen;
        }
    }
    /** A file's name as the API takes it at most. */
    private static final int MAX_FILE_NAME = 200;

    private final ApiServices services;
    private final ReferenceDataImports imports;

    ReferenceDataPages(ApiServices services, ReferenceDataImports imports) {
        this.services = checkNotNull(services, "services are required");
        this.imports = checkNotNull(imports, "imports are required");
    }

    /** A twin town as the import listed it: the town and its country's code. */
    public record Town(String town, String country) {
    }

    /** A row of the list that named the municipality but could not be taken, and why. */
    public record RejectedRow(String line, String row, String reason) {
    }

    /** What a twin-town import did: the towns recorded, those the register had, and the rows rejected. */
    public record TwinTownsDone(List<Town> recorded, List<Town> present, List<RejectedRow> rejected) {
    }

    /**
     * The page: whether the admin's imports are shown (a coordinator sees the twin towns' only), what is stored now,
     * the forms' errors, the sentence saying what the import just done did (empty otherwise), and a twin-town
     * import's towns.
     */
    public record ReferenceDataView(boolean admin, String latestRateDay, String latestAssessmentYear, Form form,
            String done, Optional<TwinTownsDone> twinTowns) {
    }

    @Override
    public void register(WebRouter router) {
        router.get("/admin/reference-data", this::page);
        // One path for the three forms, told apart by the query: a page answering any of them has the page's own
        // path, where the language switch returns to.
        router.upload("/admin/reference-data", this::upload, this::tooLarge);
    }

    private void page(WebRequest x) {
        x.requireRole(Role.ADMIN, Role.COORDINATOR);
        render(x, 200, Form.empty(), "", Optional.empty());
    }

    private void upload(WebRequest x) {
        switch (Import.chosen(x)) {
            case EXCHANGE_RATES:
                importTable(x, Import.EXCHANGE_RATES.field, imports::exchangeRates, "admin.refdata.rates.done");
                break;
            case COUNTRY_ASSESSMENTS:
                importTable(x, Import.COUNTRY_ASSESSMENTS.field, imports::countryAssessments,
                        "admin.refdata.assessments.done");
                break;
            default:
                importTwinTowns(x);
        }
    }

    private void importTable(WebRequest x, String field, BiFunction<String, Reader, ReferenceDataImports.Imported> run,
            String doneKey) {
        Form form = Form.empty();
        Optional<WebRequest.Upload> file = file(x, form, field);
        if (file.isEmpty()) {
            render(x, 400, form, "", Optional.empty());
            return;
        }
        Messages m = x.m();
        try {
            ReferenceDataImports.Imported done = run.apply(file.get().fileName(), new InputStreamReader(
                    new ByteArrayInputStream(file.get().content()), StandardCharsets.UTF_8));
            render(x, 200, form, m.t(doneKey, done.file(), m.number(done.added()), m.number(done.unchanged())),
                    Optional.empty());
        } catch (ReferenceDataImports.BadFile bad) {
            String reason = m.words(bad.wording());
            form.error(field, bad.line() > 0 ? m.t("admin.refdata.file.line", bad.line(), reason) : reason);
            render(x, 400, form, "", Optional.empty());
        }
    }

    private void importTwinTowns(WebRequest x) {
        Form form = Form.empty();
        String field = Import.TWIN_TOWNS.field;
        Optional<WebRequest.Upload> file = file(x, form, field);
        if (file.isEmpty()) {
            render(x, 400, form, "", Optional.empty());
            return;
        }
        Messages m = x.m();
        ImmutableList<TwinTownRow> rows;
        try {
            rows = services.twinTownFiles().read(file.get().fileName(), file.get().content());
        } catch (IllegalArgumentException notAList) {
            // The reader's reason names the file and the line, as the API's 400 does, in the page's language.
            form.error(field, m.t("admin.refdata.twintowns.bad", notAList instanceof InvalidValue invalid
                    ? m.words(invalid.wording()) : notAList.getMessage()));
            render(x, 400, form, "", Optional.empty());
            return;
        }
        Result<TwinTownUseCases.MunicipalImport> result = services.twinTowns().importForMunicipality(
                new TwinTownCommands.ImportForMunicipality(x.actor(), x.municipality().value(), rows));
        if (result instanceof Result.Ok<TwinTownUseCases.MunicipalImport> ok) {
            TwinTownUseCases.MunicipalImport done = ok.value();
            TwinTownsDone towns = new TwinTownsDone(
                    done.recorded().stream().map(r -> new Town(r.partner().name(), r.partner().country().value()))
                            .toList(),
                    done.alreadyPresent().stream().map(p -> new Town(p.town(), p.country().value())).toList(),
                    done.rejected().stream().map(r -> new RejectedRow(String.valueOf(r.line()), r.row(),
                            m.words(r.wording()))).toList());
            render(x, 200, form, m.t("admin.refdata.twintowns.done", file.get().fileName(),
                    m.number(done.recorded().size()), m.number(done.alreadyPresent().size())), Optional.of(towns));
        } else if (result instanceof Result.Invalid<TwinTownUseCases.MunicipalImport> invalid) {
            // A twin town the register cannot take as a partner abandons the import: say why, by the file.
            form.error(field, invalid.violations().stream().map(v -> v.field() + ": " + m.words(v.wording()))
                    .collect(Collectors.joining("; ")));
            render(x, 400, form, "", Optional.empty());
        } else if (result instanceof Result.Refused<TwinTownUseCases.MunicipalImport>) {
            render(x, 409, form.failed(result, m), "", Optional.empty());
        } else if (result instanceof Result.Conflict<TwinTownUseCases.MunicipalImport>) {
            render(x, 409, form.generalError(m.t("admin.refdata.twintowns.conflict")), "", Optional.empty());
        } else {
            throw x.notFound();
        }
    }

    /** The file of {@code field}, or empty with the field's error: none chosen, too large, or a name too long. */
    private static Optional<WebRequest.Upload> file(WebRequest x, Form form, String field) {
        Optional<WebRequest.Upload> file = x.upload(field);
        Messages m = x.m();
        if (file.isEmpty()) {
            form.error(field, m.t("admin.refdata.file.missing"));
        } else if (file.get().content().length > WebApp.MAX_UPLOAD) {
            form.error(field, m.t("admin.refdata.file.tooLarge", WebApp.MAX_UPLOAD / (1024 * 1024)));
            return Optional.empty();
        } else if (file.get().fileName().length() > MAX_FILE_NAME) {
            form.error(field, m.t("admin.refdata.file.name", MAX_FILE_NAME));
            return Optional.empty();
        }
        return file;
    }

    /** A request too large to parse: the page again with the file field's error; nothing is taken, nothing changes. */
    private void tooLarge(WebRequest x) {
        Form form = Form.empty().error(Import.chosen(x).field, x.m().t("admin.refdata.file.tooLarge",
                WebApp.MAX_UPLOAD / (1024 * 1024)));
        render(x, 413, form, "", Optional.empty());
    }

    private void render(WebRequest x, int status, Form form, String done, Optional<TwinTownsDone> twinTowns) {
        Messages m = x.m();
        boolean admin = x.user().role() == Role.ADMIN;
        ReferenceDataImports.Stored stored = admin ? imports.stored()
                : new ReferenceDataImports.Stored(Optional.empty(), Optional.empty());
        x.render(status, "admin/reference-data.jte", x.page("admin.refdata.title", Page.Section.ADMINISTRATION),
                new ReferenceDataView(admin, stored.latestRateDay().map(m::date).orElse(""),
                        stored.latestAssessmentYear().map(String::valueOf).orElse(""), form, done, twinTowns));
    }
}

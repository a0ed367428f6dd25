package se.omvarld.adapter.http.api;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.StringReader;
import java.util.List;
import java.util.function.BiFunction;
import se.omvarld.adapter.http.Access;
import se.omvarld.adapter.http.Description;
import se.omvarld.adapter.http.Exchange;
import se.omvarld.adapter.http.HttpApi;
import se.omvarld.adapter.http.ProblemException;
import se.omvarld.adapter.http.ReferenceDataImports;
import se.omvarld.adapter.http.Reply;
import se.omvarld.adapter.http.Route;

/**
 * The reference data an admin of any municipality may import: a newer ECB rates file, a newer V-Dem table. The file
 * travels as the text of a JSON field, so the body limit ({@link HttpApi#MAX_BODY}) bounds it: V-Dem's table fits;
 * the ECB's full history (1.8 MB) does not and comes by the service's scheduled refresh instead.
 */
public final class ReferenceDataRoutes {

    private static final String BASE = "/api/v1/reference-data";
    private static final String TAG = "Reference data";

    private final ReferenceDataImports imports;

    public ReferenceDataRoutes(ReferenceDataImports imports) {
        this.imports = checkNotNull(imports, "imports are required");
    }

    @Description("A CSV file to import: its name (for the report and the rejections) and its text.")
    public record ImportRequest(
            @NotBlank @Size(max = 200) String file,
            @NotBlank String csv) {
    }

    @Description("What an import added, and how many of the file's rows were stored already, unchanged.")
    public record ImportView(String file, int added, int unchanged) {
    }

    public List<Route> routes() {
        return List.of(
                Route.post(BASE + "/exchange-rates").operation("importExchangeRates", "Import ECB exchange rates")
                        .description("Imports a file of the ECB's euro reference rates (eurofxref-hist.csv layout)"
                                + " over the stored ones: new days are added; a day stored already must be"
                                + " unchanged. A bad row changes nothing: the 400 names its line and the reason.")
                        .tag(TAG).access(Access.ADMINISTER).body(ImportRequest.class).returns(ImportView.class)
                        .handle(x -> run(x, imports::exchangeRates)),
                Route.post(BASE + "/country-assessments").operation("importCountryAssessments",
                        "Import country assessments")
                        .description("Imports a table of V-Dem regime classes (entity,iso3,year,regime) over the"
                                + " stored ones: new country-years are added; one stored already must be unchanged."
                                + " A bad row changes nothing: the 400 names its line and the reason.")
                        .tag(TAG).access(Access.ADMINISTER).body(ImportRequest.class).returns(ImportView.class)
                        .handle(x -> run(x, imports::countryAssessments)));
    }

    private static Reply run(Exchange x, BiFunction<String, StringReader, ReferenceDataImports.Imported> load) {
        ImportRequest request = x.body(ImportRequest.class);
        try {
            ReferenceDataImports.Imported imported = load.apply(request.file(), new StringReader(request.csv()));
            return Reply.ok(new ImportView(imported.file(), imported.added(), imported.unchanged()));
        } catch (ReferenceDataImports.BadFile bad) {
            throw ProblemException.badField("csv", (bad.line() > 0 ? "line " + bad.line() + ": " : "")
                    + bad.reason());
        }
    }
}

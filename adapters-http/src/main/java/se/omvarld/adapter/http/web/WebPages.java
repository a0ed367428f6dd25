package se.omvarld.adapter.http.web;

import java.util.List;
import se.omvarld.adapter.http.ReferenceDataImports;
import se.omvarld.adapter.http.api.ApiServices;

/** Every group of pages the web app serves besides sign-in: a new section adds its line here. */
public final class WebPages {

    private WebPages() {
    }

    /** The pages over {@code services}, with the reference-data imports the API's run ({@code imports}). */
    public static List<WebRoutes> all(ApiServices services, ReferenceDataImports imports) {
        return List.of(
                new OverviewPage(services),
                new ProjectPages(services),
                new PartnershipPages(services),
                new GrantPages(services),
                new VisitPages(services),
                new FundingPages(services),
                new ObligationPages(services),
                new OrganisationPage(services),
                new ReportPages(services),
                new ProfilePage(services),
                new ReferenceDataPages(services, imports));
    }
}

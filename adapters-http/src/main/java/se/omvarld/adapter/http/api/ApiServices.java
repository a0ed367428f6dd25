package se.omvarld.adapter.http.api;

import static com.google.common.base.Preconditions.checkNotNull;

import se.omvarld.adapter.http.Authentication;
import se.omvarld.application.AccessUseCases;
import se.omvarld.application.FundingUseCases;
import se.omvarld.application.GrantUseCases;
import se.omvarld.application.MunicipalityUseCases;
import se.omvarld.application.PartnershipUseCases;
import se.omvarld.application.Ports;
import se.omvarld.application.ProjectUseCases;
import se.omvarld.application.RegisterUseCases;
import se.omvarld.application.ReportUseCases;
import se.omvarld.application.ReportedFiguresUseCases;
import se.omvarld.application.VisitUseCases;
import se.omvarld.port.ReportRenderer;

/**
 * The core's use cases over one set of ports, the authentication, and the writer of reports: what the API's routes
 * call.
 */
public final class ApiServices {

    private final Ports ports;
    private final Authentication authentication;
    private final PartnershipUseCases partnerships;
    private final ProjectUseCases projects;
    private final FundingUseCases funding;
    private final GrantUseCases grants;
    private final VisitUseCases visits;
    private final MunicipalityUseCases municipalities;
    private final RegisterUseCases register;
    private final ReportedFiguresUseCases reportedFigures;
    private final AccessUseCases access;
    private final ReportUseCases reports;
    private final ReportRenderer reportRenderer;

    public ApiServices(Ports ports, Authentication authentication, ReportRenderer reportRenderer) {
        this.ports = checkNotNull(ports, "ports are required");
        this.authentication = checkNotNull(authentication, "authentication is required");
        this.partnerships = new PartnershipUseCases(ports);
        this.projects = new ProjectUseCases(ports);
        this.funding = new FundingUseCases(ports);
        this.grants = new GrantUseCases(ports);
        this.visits = new VisitUseCases(ports);
        this.municipalities = new MunicipalityUseCases(ports);
        this.register = new RegisterUseCases(ports);
        this.reportedFigures = new ReportedFiguresUseCases(ports);
        this.access = new AccessUseCases(ports);
        this.reports = new ReportUseCases(ports);
        this.reportRenderer = checkNotNull(reportRenderer, "reportRenderer is required");
    }

    public ReportUseCases reports() {
        return reports;
    }

    public ReportRenderer reportRenderer() {
        return reportRenderer;
    }

    public Ports ports() {
        return ports;
    }

    public AccessUseCases access() {
        return access;
    }

    public Authentication authentication() {
        return authentication;
    }

    public PartnershipUseCases partnerships() {
        return partnerships;
    }

    public ProjectUseCases projects() {
        return projects;
    }

    public FundingUseCases funding() {
        return funding;
    }

    public GrantUseCases grants() {
        return grants;
    }

    public VisitUseCases visits() {
        return visits;
    }

    public MunicipalityUseCases municipalities() {
        return municipalities;
    }

    /** One instance for the service: it keeps each municipality's register while it is unchanged. */
    public RegisterUseCases register() {
        return register;
    }

    public ReportedFiguresUseCases reportedFigures() {
        return reportedFigures;
    }
}

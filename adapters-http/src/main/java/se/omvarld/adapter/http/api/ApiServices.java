package se.omvarld.adapter.http.api;

import static com.google.common.base.Preconditions.checkNotNull;

import java.net.URI;
import se.omvarld.adapter.http.Authentication;
import se.omvarld.adapter.http.TwinTownFiles;
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
import se.omvarld.application.TwinTownUseCases;
import se.omvarld.application.VisitUseCases;
import se.omvarld.port.DataExports;
import se.omvarld.port.ReportRenderer;

/**
 * The core's use cases over one set of ports, the authentication, and the writers of reports and exports: what the
 * API's routes call.
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
    private final DataExports exports;
    private final TwinTownUseCases twinTowns;
    private final TwinTownFiles twinTownFiles;
    private final URI publicUrl;

    /**
     * What the report and exchange routes need beyond the use cases' ports: the writers of reports and exports, the
     * twin-town list's use cases and reader, and the service's public address (the Atom feed names itself by it).
     */
    public record Reporting(ReportRenderer reports, DataExports exports, TwinTownUseCases twinTowns,
            TwinTownFiles twinTownFiles, URI publicUrl) {
        public Reporting {
            checkNotNull(publicUrl, "publicUrl is required");
            checkNotNull(reports, "reports is required");
            checkNotNull(exports, "exports is required");
            checkNotNull(twinTowns, "twinTowns is required");
            checkNotNull(twinTownFiles, "twinTownFiles is required");
        }
    }

    public ApiServices(Ports ports, Authentication authentication, Reporting reporting) {
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
        this.reportRenderer = reporting.reports();
        this.exports = reporting.exports();
        this.twinTowns = reporting.twinTowns();
        this.twinTownFiles = reporting.twinTownFiles();
        this.publicUrl = reporting.publicUrl();
    }

    public URI publicUrl() {
        return publicUrl;
    }

    public DataExports exports() {
        return exports;
    }

    public TwinTownUseCases twinTowns() {
        return twinTowns;
    }

    public TwinTownFiles twinTownFiles() {
        return twinTownFiles;
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

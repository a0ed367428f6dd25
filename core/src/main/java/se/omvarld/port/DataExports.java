package se.omvarld.port;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import se.omvarld.domain.obligation.ReportingObligation;
import se.omvarld.domain.shared.FundingSource;
import se.omvarld.domain.register.PublicView;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.report.ReportFormat;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.domain.shared.UnitId;
import se.omvarld.domain.twintown.TwinTownPair;

/**
 * The files a municipality exchanges with others: IATI activity XML for its funders, iCalendar feeds of what falls
 * due, the open data its website publishes, and Sweden's twin towns. The report adapter implements it.
 */
public interface DataExports {

    /**
     * The IATI 2.03 activity file of the register's projects: all of them, those of one funding source, or those of
     * one funder (by name, in any case). Refused, with the reason, when no valid file can be written: the municipality
     * has no organisation number, or no project selected can be published.
     */
    Export iatiActivities(Register register, Optional<FundingSource> source, Optional<String> funder,
            Instant generatedAt);

    /** An iCalendar feed of {@code obligations}' due dates and the calls' deadlines: the municipality's or a unit's. */
    RenderedReport calendar(Register register, Optional<UnitId> unit, Collection<ReportingObligation> obligations,
            ReportLanguage language, Instant now);

    /** What the municipality publishes, in one of the open-data forms. */
    RenderedReport openData(PublicView view, OpenData form, ReportLanguage language);

    /** An Atom feed of the public records' changes, from the audit trail; {@code self} is the feed's own address. */
    RenderedReport changes(PublicView view, AuditTrail trail, URI self, ReportLanguage language);

    /** Sweden's twin towns by municipality and by country, with a map, in a report format. */
    RenderedReport nationalTwinTowns(List<TwinTownPair> pairs, ReportFormat format, ReportLanguage language);

    /** The open-data forms of a public view. */
    enum OpenData {
        JSON, PARTNERSHIPS_CSV, PROJECTS_CSV, HTML_FRAGMENT
    }

    /** A file, or why there is none. */
    sealed interface Export permits Export.File, Export.Refused {

        record File(RenderedReport file) implements Export {
            public File {
                checkNotNull(file, "file is required");
            }
        }

        record Refused(String reason) implements Export {
            public Refused {
                checkArgument(reason != null && !reason.isBlank(), "a refusal has a reason");
            }
        }
    }
}

package se.omvarld.adapter.report.opendata;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;
import se.omvarld.application.demo.LidkopingRegister;
import se.omvarld.domain.project.ProjectKind;
import se.omvarld.domain.register.PublicView;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.FundingSource;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.domain.shared.PartnershipKind;
import se.omvarld.domain.shared.ProjectId;

/** The public views the open-data tests write: Lidköping's demo, and one whose text tries every escape. */
final class PublicViews {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    /** A title with every character JSON, CSV, XML and HTML must escape, a line break, an emoji and U+2028. */
    static final String TRICKY = "Barn, unga & \"vänner\" <script>alert('x')</script>\nrad två \u2028 😀; \\ slut";

    private PublicViews() {
    }

    static PublicView lidkoping() {
        return PublicView.of(LidkopingRegister.register(), TODAY);
    }

    static PublicView tricky() {
        return new PublicView(MunicipalityCode.of("0138"), "Tyresö", TODAY,
                ImmutableList.of(new PublicView.PublicPartnership(new PartnershipId(UUID.randomUUID()), TRICKY,
                        PartnershipKind.MUNICIPAL_PARTNERSHIP, "Partner \"A\"", CountryCode.of("KE"),
                        "Kisumu, Nyanza", ImmutableSet.copyOf(EnumSet.of(Area.DEMOCRACY, Area.YOUTH)),
                        ImmutableSet.of(FundingSource.SIDA), LocalDate.of(2020, 5, 4))),
                ImmutableList.of(new PublicView.PublicProject(new ProjectId(UUID.randomUUID()), TRICKY,
                        ProjectKind.PRE_STUDY, "Enhet, med komma", ImmutableList.of("A, B", "C \"D\""),
                        ImmutableList.of(CountryCode.of("KE"), CountryCode.of("TZ")), Optional.empty())));
    }

    static PublicView empty() {
        return new PublicView(MunicipalityCode.of("0686"), "Eksjö", TODAY, ImmutableList.of(), ImmutableList.of());
    }
}

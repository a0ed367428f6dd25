package se.omvarld.adapter.http.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import se.omvarld.adapter.http.Description;
import se.omvarld.adapter.http.MayBeAbsent;

/** The public view of a municipality's international work: what its own web page shows, nothing internal. */
public final class PublicDtos {

    private PublicDtos() {
    }

    @Description("A partnership in force (a twin town is vänort): its title, partner, where, and since when.")
    public record PublicPartnershipView(String title, ApiEnums.PartnershipKind kind, String partner,
            @Description("The partner's country (ISO 3166-1 alpha-2).") String country, String locality,
            Set<ApiEnums.Area> areas, Set<ApiEnums.FundingSource> fundingSources,
            @Description("The day it came into force.") LocalDate since) {
    }

    @Description("A current project: its title, owning unit, the units taking part, its countries and programme.")
    public record PublicProjectView(String title, ApiEnums.ProjectKind kind, String unit, List<String> participants,
            @Description("The countries taking part (ISO 3166-1 alpha-2).") List<String> countries,
            @MayBeAbsent String programme) {
    }

    @Description("A municipality's international work as it shows it to the public: its twin towns and"
            + " partnerships in force, and its current projects.")
    public record PublicView(String code, String name, List<PublicPartnershipView> partnerships,
            List<PublicProjectView> projects) {
    }
}

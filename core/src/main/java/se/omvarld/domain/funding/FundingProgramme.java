package se.omvarld.domain.funding;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Set;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.FundingSource;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.ProgrammeId;
import se.omvarld.domain.shared.Text;

/**
 * A funding programme or fund (program, fond) the municipality watches, e.g. Erasmus+, Nordplus, Interreg, ICLD.
 *
 * @param coFinancingRate the share of eligible costs the funder pays, above 0 and at most 1
 */
public record FundingProgramme(ProgrammeId id, MunicipalityCode municipality, String name, String funder,
        FundingSource source, Currency currency, BigDecimal coFinancingRate, ImmutableSet<Area> eligibleAreas,
        long version) {

    public FundingProgramme {
        checkNotNull(id, "programme id is required");
        checkNotNull(municipality, "municipality is required");
        name = Text.name("programme name", name);
        funder = Text.name("funder", funder);
        checkNotNull(source, "funding source is required");
        checkNotNull(currency, "currency is required");
        checkNotNull(coFinancingRate, "coFinancingRate is required");
        checkArgument(coFinancingRate.signum() > 0 && coFinancingRate.compareTo(BigDecimal.ONE) <= 0,
                "coFinancingRate must be above 0 and at most 1, was %s", coFinancingRate);
        // One scale for one rate, so 0.80 read back from a numeric column equals the 0.8 that was stored.
        coFinancingRate = coFinancingRate.stripTrailingZeros();
        checkArgument(coFinancingRate.scale() <= 10, "coFinancingRate must have at most 10 decimals, was %s",
                coFinancingRate);
        eligibleAreas = Sets.immutableEnumSet(checkNotNull(eligibleAreas, "eligibleAreas are required"));
        checkArgument(version >= 0, "version must not be negative");
    }

    public static FundingProgramme register(ProgrammeId id, MunicipalityCode municipality, String name,
            String funder, FundingSource source, Currency currency, BigDecimal coFinancingRate,
            Set<Area> eligibleAreas) {
        return new FundingProgramme(id, municipality, name, funder, source, currency, coFinancingRate,
                ImmutableSet.copyOf(eligibleAreas), 0);
    }

    /** Whether the municipality's own funds are the only source (nothing external to explore). */
    public boolean isExternal() {
        return source != FundingSource.MUNICIPALITY;
    }

    public FundingProgramme withVersion(long newVersion) {
        return new FundingProgramme(id, municipality, name, funder, source, currency, coFinancingRate, eligibleAreas,
                newVersion);
    }
}

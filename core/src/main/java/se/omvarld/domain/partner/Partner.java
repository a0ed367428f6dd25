package se.omvarld.domain.partner;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnerId;
import se.omvarld.domain.shared.Text;

/**
 * A foreign counterpart (samarbetspart), e.g. Kecskemét in Hungary, as one municipality's register knows it.
 *
 * @param locality the town or district, e.g. "Xindu District, Chengdu"
 */
public record Partner(PartnerId id, MunicipalityCode municipality, PartnerKind kind, String name,
        CountryCode country, String locality, long version) {

    public Partner {
        checkNotNull(id, "partner id is required");
        checkNotNull(municipality, "municipality is required");
        checkNotNull(kind, "partner kind is required");
        name = Text.name("partner name", name);
        checkNotNull(country, "country is required");
        locality = Text.name("locality", locality);
        checkArgument(version >= 0, "version must not be negative");
    }

    public static Partner register(PartnerId id, MunicipalityCode municipality, PartnerKind kind, String name,
            CountryCode country, String locality) {
        return new Partner(id, municipality, kind, name, country, locality, 0);
    }

    public Partner renamed(String newName, String newLocality) {
        return new Partner(id, municipality, kind, newName, country, newLocality, version);
    }

    public Partner withVersion(long newVersion) {
        return new Partner(id, municipality, kind, name, country, locality, newVersion);
    }
}

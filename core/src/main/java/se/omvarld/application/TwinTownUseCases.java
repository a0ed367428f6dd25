package se.omvarld.application;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.partner.PartnerKind;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnerId;
import se.omvarld.domain.shared.PartnershipKind;
import se.omvarld.domain.twintown.Folding;
import se.omvarld.domain.twintown.SwedishMunicipalities;
import se.omvarld.domain.twintown.TwinTownImport;
import se.omvarld.domain.twintown.TwinTownPair;
import se.omvarld.domain.twintown.TwinTownRow;
import se.omvarld.port.TwinTownDirectory;

/**
 * Importing a list of twin towns (vänorter): Sweden's part as the national list ({@link TwinTownDirectory}), or one
 * municipality's twin towns into its own register as partners and twin-town partnerships.
 *
 * <p>An imported twin town is recorded, not activated: it is proposed, on the clock's day, without areas, funding or
 * committees. The list says that a twin-town relation exists, not which body decided it, when, or under which
 * reference, and activation is a decision the policy governs — who decides it (R16), and, in Lidköping, a
 * benefit/risk analysis before any partnership becomes active (R1), with a democracy plan where the country calls
 * for one (R2). The coordinator records those, and the decision, through {@link PartnershipUseCases}.
 */
public final class TwinTownUseCases {

    private static final Locale SWEDISH = new Locale("sv", "SE");

    private final Ports ports;
    private final TwinTownDirectory directory;
    private final SwedishMunicipalities municipalities;
    private final Execution execution;
    private final PartnershipUseCases partnerships;

    public TwinTownUseCases(Ports ports, TwinTownDirectory directory, SwedishMunicipalities municipalities) {
        this.ports = checkNotNull(ports, "ports are required");
        this.directory = checkNotNull(directory, "the twin-town directory is required");
        this.municipalities = checkNotNull(municipalities, "Sweden's municipalities are required");
        this.execution = new Execution(ports);
        this.partnerships = new PartnershipUseCases(ports);
    }

    /** What a national import did: how the list was read, and what it changed in the national list. */
    public record NationalImport(TwinTownImport read, TwinTownDirectory.Replacement replacement) {
        public NationalImport {
            checkNotNull(read, "read is required");
            checkNotNull(replacement, "replacement is required");
        }
    }

    /** A twin town recorded in the register: the pair, its partner and its proposed partnership. */
    public record Recorded(TwinTownPair pair, Partner partner, Partnership partnership) {
    }

    /**
     * What a municipality's import did: the twin towns recorded, those its register already had (matched by town,
     * after folding, and country), and the list's rows naming the municipality that were rejected, and why.
     */
    public record MunicipalImport(MunicipalityCode municipality, ImmutableList<Recorded> recorded,
            ImmutableList<TwinTownPair> alreadyPresent, ImmutableList<TwinTownImport.Rejected> rejected) {
        public MunicipalImport {
            checkNotNull(municipality, "municipality is required");
            recorded = ImmutableList.copyOf(recorded);
            alreadyPresent = ImmutableList.copyOf(alreadyPresent);
            rejected = ImmutableList.copyOf(rejected);
        }
    }

    /** Makes Sweden's part of the rows the national list; the same rows again change nothing. */
    public Result<NationalImport> importNational(TwinTownCommands.ImportNational command) {
        return execution.run(command, () -> {
            TwinTownImport read = TwinTownImport.of(command.rows(), municipalities);
            return new Result.Ok<>(new NationalImport(read, directory.replaceAll(read.pairs())));
        });
    }

    /** The national list of twin towns, by municipality, then town. */
    public ImmutableList<TwinTownPair> national() {
        return ports.transactions().inTransaction(directory::all);
    }

    /** Whether no national list has been imported yet. */
    public boolean nationalListIsEmpty() {
        return ports.transactions().inTransaction(directory::isEmpty);
    }

    /**
     * Records the municipality's twin towns among the rows in its register, each as a partner (a municipality) and a
     * proposed twin-town partnership, through {@link PartnershipUseCases}, all in one transaction: a twin town the
     * register has already is left as it is, so a second import changes nothing.
     */
    public Result<MunicipalImport> importForMunicipality(TwinTownCommands.ImportForMunicipality command) {
        return execution.run(command, () -> {
            Input input = new Input();
            MunicipalityCode code = input.field("municipality", () -> MunicipalityCode.of(command.municipality()));
            input.check();
            if (!ports.municipalities().exists(code)) {
                return new Result.NotFound<>("municipality", code.value());
            }
            try {
                return new Result.Ok<>(record(command, code));
            } catch (Abandoned abandoned) {
                return abandoned.answer();
            }
        });
    }

    private MunicipalImport record(TwinTownCommands.ImportForMunicipality command, MunicipalityCode code) {
        TwinTownImport read = TwinTownImport.of(command.rows(), municipalities);
        Map<PartnerId, Partner> partners = new HashMap<>();
        Map<Key, Partner> partnerByTown = new HashMap<>();
        for (Partner partner : ports.partners().all(code)) {
            partners.put(partner.id(), partner);
            keys(partner).forEach(key -> partnerByTown.putIfAbsent(key, partner));
        }
        Set<Key> inPartnerships = new HashSet<>();
        for (Partnership partnership : ports.partnerships().all(code)) {
            keys(partners.get(partnership.partner())).forEach(inPartnerships::add);
        }
        ImmutableList.Builder<Recorded> recorded = ImmutableList.builder();
        ImmutableList.Builder<TwinTownPair> present = ImmutableList.builder();
        for (TwinTownPair pair : read.pairsOf(code)) {
            String town = pair.municipality().equals(code) ? pair.town() : pair.municipalityName();
            Key key = new Key(Folding.key(town), pair.country());
            if (inPartnerships.contains(key)) {
                present.add(pair);
                continue;
            }
            Partner partner = partnerByTown.containsKey(key) ? partnerByTown.get(key)
                    : ok(partnerships.registerPartner(new PartnershipCommands.RegisterPartner(command.actor(),
                            code.value(), PartnerKind.MUNICIPALITY, town, pair.country().value(), town)));
            Partnership partnership = ok(partnerships.propose(new PartnershipCommands.Propose(command.actor(),
                    code.value(), partner.id().toString(), PartnershipKind.TWIN_TOWN, title(town, pair.country()),
                    Set.of(), Set.of(), execution.today(), false, Set.of())));
            partnerByTown.put(key, partner);
            inPartnerships.add(key);
            recorded.add(new Recorded(pair, partner, partnership));
        }
        Set<Integer> lines = command.rows().stream().filter(row -> names(row.town1(), code)
                || names(row.town2(), code)).map(TwinTownRow::line).collect(Collectors.toSet());
        List<TwinTownImport.Rejected> rejected = read.rejected().stream().filter(r -> lines.contains(r.line()))
                .toList();
        return new MunicipalImport(code, recorded.build(), present.build(), ImmutableList.copyOf(rejected));
    }

    /** Whether {@code town} is the municipality's name in a spelling the list may use ("Gothenburg", "Goteborg"). */
    private boolean names(String town, MunicipalityCode code) {
        return municipalities.find(town).filter(code::equals).isPresent();
    }

    /** A town in a country, after folding. */
    private record Key(String town, CountryCode country) {
    }

    /** The partner's name and locality, and the locality's first part ("Rockford" of "Rockford, Illinois"). */
    private static List<Key> keys(Partner partner) {
        if (partner == null) {
            return List.of();
        }
        String locality = partner.locality();
        int comma = locality.indexOf(',');
        return List.of(new Key(Folding.key(partner.name()), partner.country()),
                new Key(Folding.key(locality), partner.country()),
                new Key(Folding.key(comma > 0 ? locality.substring(0, comma) : locality), partner.country()));
    }

    /** "Kecskemét, Ungern: vänort", as the demo register titles its twin towns. */
    private static String title(String town, CountryCode country) {
        return town + ", " + new Locale("", country.value()).getDisplayCountry(SWEDISH) + ": vänort";
    }

    /** The value, or the whole import abandoned with the use case's answer, so that nothing is half recorded. */
    private static <T> T ok(Result<T> result) {
        if (!result.isOk()) {
            throw new Abandoned(result);
        }
        return result.value();
    }

    /** A use case's answer other than ok, carried out of the import, which answers it in its place. */
    private static final class Abandoned extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Result<?> result;

        Abandoned(Result<?> result) {
            super(null, null, false, false);
            this.result = result;
        }

        <T> Result<T> answer() {
            if (result instanceof Result.Invalid<?> invalid) {
                return new Result.Invalid<>(invalid.violations());
            }
            if (result instanceof Result.Refused<?> refused) {
                return new Result.Refused<>(refused.refusals());
            }
            if (result instanceof Result.NotFound<?> notFound) {
                return new Result.NotFound<>(notFound.what(), notFound.id());
            }
            return new Result.Conflict<>(((Result.Conflict<?>) result).message());
        }
    }
}

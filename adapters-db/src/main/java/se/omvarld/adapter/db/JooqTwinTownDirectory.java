package se.omvarld.adapter.db;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static se.omvarld.adapter.db.jooq.Tables.TWIN_TOWN_PAIR;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record5;
import org.jooq.impl.DSL;
import se.omvarld.adapter.db.jooq.tables.records.TwinTownPairRecord;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.twintown.TwinTownPair;
import se.omvarld.port.TwinTownDirectory;

/**
 * Sweden's twin towns in the table {@code twin_town_pair} (V11). A replacement reads the list, then deletes only the
 * rows that are gone and inserts only the new ones, in one transaction: importing the same list again writes nothing.
 */
public final class JooqTwinTownDirectory implements TwinTownDirectory {

    /** Rows per batched statement: the whole national list (722 pairs) goes in a few round trips. */
    private static final int BATCH = 500;

    private final JooqTransactions transactions;

    public JooqTwinTownDirectory(JooqTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions are required");
    }

    @Override
    public Replacement replaceAll(Collection<TwinTownPair> pairs) {
        checkNotNull(pairs, "pairs are required");
        Map<TwinTownPair.Key, TwinTownPair> wanted = new HashMap<>();
        for (TwinTownPair pair : pairs) {
            checkNotNull(pair, "a pair is required");
            checkArgument(wanted.put(pair.key(), pair) == null, "two pairs share the key %s", pair.key());
        }
        return transactions.inTransaction(() -> transactions.dsl(dsl -> {
            Set<TwinTownPair> held = new HashSet<>(read(dsl));
            Set<TwinTownPair> keep = new HashSet<>(wanted.values());
            List<TwinTownPair> gone = held.stream().filter(p -> !keep.contains(p)).toList();
            List<TwinTownPair> added = keep.stream().filter(p -> !held.contains(p)).toList();
            for (List<TwinTownPair> chunk : Lists.partition(gone, BATCH)) {
                dsl.deleteFrom(TWIN_TOWN_PAIR).where(DSL.or(chunk.stream().map(JooqTwinTownDirectory::is)
                        .toList())).execute();
            }
            for (List<TwinTownPair> chunk : Lists.partition(added, BATCH)) {
                dsl.batchInsert(chunk.stream().map(p -> record(dsl, p)).toList()).execute();
            }
            return new Replacement(added.size(), gone.size(), held.size() - gone.size());
        }));
    }

    @Override
    public ImmutableList<TwinTownPair> all() {
        return transactions.statement(dsl -> TwinTownPair.sorted(read(dsl)));
    }

    @Override
    public boolean isEmpty() {
        return transactions.statement(dsl -> !dsl.fetchExists(TWIN_TOWN_PAIR));
    }

    private static List<TwinTownPair> read(DSLContext dsl) {
        return dsl.select(TWIN_TOWN_PAIR.MUNICIPALITY_CODE, TWIN_TOWN_PAIR.MUNICIPALITY_NAME, TWIN_TOWN_PAIR.TOWN,
                TWIN_TOWN_PAIR.COUNTRY, TWIN_TOWN_PAIR.TOWN_MUNICIPALITY_CODE)
                .from(TWIN_TOWN_PAIR).fetch(JooqTwinTownDirectory::pair);
    }

    private static TwinTownPair pair(Record5<String, String, String, String, String> r) {
        return new TwinTownPair(MunicipalityCode.of(r.value1()), r.value2(), r.value3(), CountryCode.of(r.value4()),
                Optional.ofNullable(r.value5()).map(MunicipalityCode::of));
    }

    private static Condition is(TwinTownPair pair) {
        TwinTownPair.Key key = pair.key();
        return TWIN_TOWN_PAIR.MUNICIPALITY_CODE.eq(key.municipality().value())
                .and(TWIN_TOWN_PAIR.TOWN_KEY.eq(key.town()))
                .and(TWIN_TOWN_PAIR.COUNTRY.eq(key.country().value()));
    }

    private static TwinTownPairRecord record(DSLContext dsl, TwinTownPair pair) {
        TwinTownPairRecord r = dsl.newRecord(TWIN_TOWN_PAIR);
        r.setMunicipalityCode(pair.municipality().value());
        r.setTownKey(pair.key().town());
        r.setCountry(pair.country().value());
        r.setMunicipalityName(pair.municipalityName());
        r.setTown(pair.town());
        r.setTownMunicipalityCode(pair.townMunicipality().map(MunicipalityCode::value).orElse(null));
        return r;
    }
}

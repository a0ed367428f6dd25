package se.omvarld.port;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import se.omvarld.domain.obligation.ObligationKey;
import se.omvarld.domain.obligation.ObligationRecord;
import se.omvarld.domain.shared.MunicipalityCode;

/** What was done about each reporting obligation. */
public interface ObligationRecordRepository {

    Optional<ObligationRecord> find(MunicipalityCode municipality, ObligationKey key);

    /** @throws StaleVersionException if the stored version is not the one {@code record} was read at */
    ObligationRecord save(ObligationRecord record);

    /** The municipality's records, by key. */
    ImmutableList<ObligationRecord> all(MunicipalityCode municipality);
}

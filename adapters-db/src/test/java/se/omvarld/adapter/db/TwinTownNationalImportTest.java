package se.omvarld.adapter.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.twintown.TwinTownImport;
import se.omvarld.domain.twintown.TwinTownPair;
import se.omvarld.port.TwinTownDirectory;
import se.omvarld.port.TwinTownDirectory.Replacement;
import se.omvarld.reference.SwedishMunicipalityCodes;
import se.omvarld.reference.TwinTownsCsv;

/**
 * Sweden's part of the real list, twice, in a fresh H2 database of its own: the first import stores all 722 pairs
 * and reads them back as they were taken; the second writes nothing.
 */
class TwinTownNationalImportTest {

    private static final ImmutableList<TwinTownPair> PAIRS = TwinTownImport.of(TwinTownsCsv.shipped(),
            SwedishMunicipalityCodes.shipped()).pairs();

    @Test
    void the_real_list_is_stored_whole_and_a_second_import_changes_nothing() {
        try (Database database = Database.start(H2.freshDatabase())) {
            TwinTownDirectory directory = new JooqTwinTownDirectory(database.persistence().transactions());

            Replacement first = directory.replaceAll(PAIRS);
            Replacement second = directory.replaceAll(PAIRS);

            assertThat(first).isEqualTo(new Replacement(722, 0, 0));
            assertThat(second).isEqualTo(new Replacement(0, 0, 722));
            assertThat(directory.all()).isEqualTo(PAIRS);
        }
    }
}

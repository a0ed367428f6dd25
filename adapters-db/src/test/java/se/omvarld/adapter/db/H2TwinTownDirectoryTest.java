package se.omvarld.adapter.db;

import se.omvarld.contract.TwinTownDirectoryContract;
import se.omvarld.port.TwinTownDirectory;

/** The contract kit's TwinTownDirectoryContract on H2 (in memory, PostgreSQL mode). */
class H2TwinTownDirectoryTest extends TwinTownDirectoryContract {

    private static final TwinTownDirectory DIRECTORY = new JooqTwinTownDirectory(
            H2.database().persistence().transactions());

    @Override
    protected TwinTownDirectory directory() {
        return DIRECTORY;
    }
}

package se.omvarld.testkit.memory;

import se.omvarld.contract.TwinTownDirectoryContract;
import se.omvarld.port.TwinTownDirectory;

class InMemoryTwinTownDirectoryTest extends TwinTownDirectoryContract {

    private final TwinTownDirectory directory = new InMemoryTwinTownDirectory();

    @Override
    protected TwinTownDirectory directory() {
        return directory;
    }
}

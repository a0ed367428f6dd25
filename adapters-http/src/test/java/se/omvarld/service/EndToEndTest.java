package se.omvarld.service;

import static se.omvarld.service.RunningService.LIDKOPING;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * An end-to-end test class: the real service with the demo data, started once for the class on the database its
 * subclass names (each test class has an {@code OnH2} and an {@code OnPostgres}), and a client with Lidköping's
 * first admin token.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EndToEndTest {

    RunningService running;
    ApiClient admin;

    abstract RunningService.Store store();

    @BeforeAll
    void startTheService() {
        running = RunningService.start(store());
        admin = running.admin(LIDKOPING);
    }

    @AfterAll
    void stopTheService() {
        running.close();
    }
}

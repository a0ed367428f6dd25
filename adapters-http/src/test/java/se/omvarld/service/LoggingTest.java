package se.omvarld.service;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.omvarld.adapter.http.RequestMetrics;

/** The service's logging as {@link Logging} sets it up in code. */
class LoggingTest {

    private final LoggerContext context = new LoggerContext();

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void the_request_log_goes_to_standard_output_through_a_thread_of_its_own_dropping_nothing() {
        Logging.configureInCode(context);

        Logger requests = context.getLogger(RequestMetrics.LOGGER);
        AsyncAppender async = (AsyncAppender) requests.getAppender("REQUESTS_ASYNC");
        assertThat(requests.getLevel()).isEqualTo(Level.INFO);
        assertThat(requests.isAdditive()).as("its lines are not also on standard error").isFalse();
        assertThat(async.getDiscardingThreshold()).isZero();
        assertThat(((ConsoleAppender<ILoggingEvent>) async.getAppender("REQUESTS")).getTarget())
                .isEqualTo("System.out");
    }

    @Test
    void the_services_own_lines_from_info_and_the_libraries_from_warn_go_to_standard_error() {
        Logging.configureInCode(context);

        Appender<ILoggingEvent> stderr = context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
        assertThat(context.getLogger("se.omvarld.service.Service").getEffectiveLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("org.jooq.Constants").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(((ConsoleAppender<ILoggingEvent>) stderr).getTarget()).isEqualTo("System.err");
    }

    @Test
    void a_logback_test_xml_on_the_class_path_is_read_instead() {
        assertThat(new Logging().configure(context)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
    }
}

package se.omvarld.service;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.ClassicConstants;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import se.omvarld.adapter.http.RequestMetrics;

/**
 * The service's logging, set up in code (found by logback as a service): its own lines at INFO and the libraries'
 * only from WARN, to standard error; the request log — one JSON line per answered request, logger
 * {@value RequestMetrics#LOGGER} — to standard output, written by a thread of its own so that no request waits for
 * the console, and none dropped. Reading the same as {@code logback.xml} took 130 ms at the start of every process,
 * before anything else could run.
 *
 * <p>A file named by {@code -Dlogback.configurationFile}, or a {@code logback-test.xml} on the class path (the
 * tests'), is read instead.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class Logging extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty(ClassicConstants.CONFIG_FILE_PROPERTY) != null
                || Logging.class.getClassLoader().getResource(ClassicConstants.TEST_AUTOCONFIG_FILE) != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        configureInCode(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sets up the service's logging in {@code context}, whatever files there are. */
    static void configureInCode(LoggerContext context) {
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(console(context, "STDERR", "System.err", "%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n"));
        context.getLogger("se.omvarld").setLevel(Level.INFO);
        AsyncAppender requests = new AsyncAppender();
        requests.setContext(context);
        requests.setName("REQUESTS_ASYNC");
        requests.setQueueSize(8192);
        requests.setDiscardingThreshold(0);
        requests.addAppender(console(context, "REQUESTS", "System.out", "%msg%n"));
        requests.start();
        Logger requestLog = context.getLogger(RequestMetrics.LOGGER);
        requestLog.setLevel(Level.INFO);
        requestLog.setAdditive(false);
        requestLog.addAppender(requests);
    }

    private static ConsoleAppender<ILoggingEvent> console(LoggerContext context, String name, String target,
            String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName(name);
        appender.setTarget(target);
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }
}

package se.omvarld.adapter.report.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's log, through SLF4J like the rest of the service's: its own logger writes half a dozen INFO lines
 * to standard error for every PDF ("Prepare to fly"), which buried the service's log. Its INFO is our DEBUG.
 */
final class OpenHtmlToPdfLog implements XRLogger {

    private static final Logger LOG = LoggerFactory.getLogger("com.openhtmltopdf");

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable thrown) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            LOG.error("{}: {}", where, message, thrown);
        } else if (value >= Level.WARNING.intValue()) {
            LOG.warn("{}: {}", where, message, thrown);
        } else if (value >= Level.INFO.intValue()) {
            LOG.debug("{}: {}", where, message, thrown);
        } else {
            LOG.trace("{}: {}", where, message, thrown);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // The levels are SLF4J's to set, in the service's logging configuration.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        int value = diagnostic.getLevel().intValue();
        return value >= Level.WARNING.intValue() ? LOG.isWarnEnabled()
                : value >= Level.INFO.intValue() ? LOG.isDebugEnabled() : LOG.isTraceEnabled();
    }
}

package gradflow.experiment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the runs end on SIGTERM ({@link RunShutdown}), e.g. {@code GRADFLOW_SHUTDOWN_GRACE=20s}.
 *
 * @param grace how long a run's step under way may take to finish before it is interrupted
 * @param notice how long the pages get to show "stopped" before the web server closes
 */
@ConfigurationProperties("gradflow.shutdown")
public record ShutdownSettings(
    @DefaultValue("10s") Duration grace, @DefaultValue("2s") Duration notice) {}

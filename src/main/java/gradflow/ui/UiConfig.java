package gradflow.ui;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans that the views share. */
@Configuration
class UiConfig {

  /**
   * One daemon thread ticks every open page's live charts. A tick only hands a snapshot to {@code
   * UI.access}, so one thread serves many pages; the numbers themselves are computed elsewhere.
   */
  @Bean(destroyMethod = "shutdownNow")
  ScheduledExecutorService uiTicker() {
    return Executors.newSingleThreadScheduledExecutor(
        Thread.ofPlatform().name("gradflow-ui-ticker").daemon(true).factory());
  }
}

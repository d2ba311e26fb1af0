package io.certexam.reporting.rebuild;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** {@code certexam.reporting.rebuild-on-startup=true} (env {@code REPORTING_REBUILD_ON_STARTUP}) rebuilds once at start. */
@Component
@ConditionalOnProperty(name = "certexam.reporting.rebuild-on-startup", havingValue = "true")
class RebuildOnStartup implements ApplicationRunner {

    private final ReadModelRebuild rebuild;

    RebuildOnStartup(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Override
    public void run(ApplicationArguments args) {
        rebuild.rebuild();
    }
}

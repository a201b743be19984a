package app.tropa.platform;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;

/** Records when this data folder was first used: the learner's day one. */
@ApplicationScoped
public class DataFolder {

    @Inject
    LearnerTime time;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (AppMeta.get(AppMeta.CREATED_AT).isEmpty()) {
            AppMeta.put(AppMeta.CREATED_AT, time.now().toString());
        }
    }

    @Transactional
    public Instant createdAt() {
        return AppMeta.get(AppMeta.CREATED_AT).map(Instant::parse).orElseGet(time::now);
    }
}

package app.tropa;

import app.tropa.progress.NodeProgress;
import app.tropa.progress.ProgressEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Test helper: forget everything the learner did, so each test starts fresh. */
public final class LearnerData {

    private LearnerData() {
    }

    public static void wipe() {
        QuarkusTransaction.requiringNew().run(() -> {
            ProgressEvent.deleteAll();
            NodeProgress.deleteAll();
        });
    }
}

package app.flashpoint.progress;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A learner's latest fit: running (with the stage it is in), done or failed. Times are epoch ms. */
@MappedEntity("fsrs_fit_job")
record FitJobRow(@Id @GeneratedValue @Nullable Long id, long accountId, String status, String stage,
                 long startedAt, long updatedAt) {
    static final String RUNNING = "running";
    static final String DONE = "done";
    static final String FAILED = "failed";

    FitJobRow with(String newStatus, String newStage, long now) {
        return new FitJobRow(id, accountId, newStatus, newStage, startedAt, now);
    }
}

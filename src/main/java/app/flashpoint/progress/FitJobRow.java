package app.flashpoint.progress;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A learner's latest fit: running (with the stage it is in), done or failed ({@code status} is the stored code
 * of a {@link FitStatus}; the stage is free text shown as it is, a failure's reason included). Times are epoch ms.
 */
@MappedEntity("fsrs_fit_job")
record FitJobRow(@Id @GeneratedValue @Nullable Long id, long accountId, String status, String stage,
                 long startedAt, long updatedAt) {
    FitStatus fitStatus() {
        return FitStatus.of(status);
    }

    FitJobRow with(FitStatus newStatus, String newStage, long now) {
        return new FitJobRow(id, accountId, newStatus.code(), newStage, startedAt, now);
    }
}

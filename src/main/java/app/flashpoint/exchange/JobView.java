package app.flashpoint.exchange;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Locale;

/**
 * An import job as its page shows it and as the page's script polls it: the stage, a line of counts, and the
 * progress bar's {@code value} of {@code max} (both null while the stage has nothing to count: the bar then
 * only moves). {@code deckTitle}, not {@code title}: that name is the layout's.
 */
@Serdeable
@Introspected
record JobView(String id, String fileName, String deckTitle, String stage, String label, boolean running,
               boolean done, boolean failed, String detail, int entriesDone, int entriesTotal, int mediaDone,
               int mediaTotal, @Nullable Integer value, @Nullable Integer max, @Nullable String deck,
               @Nullable ImportJobs.Report report, long elapsedSeconds, String startedAt) {

    static JobView of(ImportJobs.Job job, long now, String startedAt) {
        ImportStage stage = job.stage();
        String items = count(job.entriesDone()) + " of " + count(job.entriesTotal()) + " cards and questions written";
        String media = count(job.mediaDone()) + " of " + count(job.mediaTotal()) + " media files stored";
        String detail = switch (stage) {
            case QUEUED -> "Waiting to start: one import runs at a time.";
            case READING -> "Reading the entries of " + job.fileName() + ".";
            case ITEMS -> items + ".";
            case MEDIA -> items + "; " + media + ".";
            case HISTORY -> items + "; " + media + "; now the past answers.";
            case DONE, FAILED -> job.report() == null ? stage.label() : job.report().message();
        };
        Integer value = switch (stage) {
            case ITEMS -> job.entriesDone();
            case MEDIA -> job.mediaDone();
            case DONE -> 1;
            default -> null;
        };
        Integer max = switch (stage) {
            case ITEMS -> Math.max(1, job.entriesTotal());
            case MEDIA -> Math.max(1, job.mediaTotal());
            case DONE -> 1;
            default -> null;
        };
        long end = stage.running() ? now : job.updatedAt();
        return new JobView(job.id(), job.fileName(), job.title(), stage.code(), stage.label(), stage.running(),
                stage == ImportStage.DONE, stage == ImportStage.FAILED, detail, job.entriesDone(), job.entriesTotal(),
                job.mediaDone(), job.mediaTotal(), value, max, job.deckSlug(), job.report(),
                Math.max(0, (end - job.startedAt()) / 1000), startedAt);
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}

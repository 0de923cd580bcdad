package app.flashpoint.exchange;

/**
 * What an import tells while it runs: the stage, and how many of the stage's entries are done. Called for every
 * entry, so an implementation must be cheap or throttle itself ({@link ImportJobs} does).
 */
interface ImportProgress {
    /** The API's synchronous import: nobody watches. */
    ImportProgress NONE = (stage, done, total) -> {
    };

    void at(ImportStage stage, int done, int total);
}

package app.flashpoint.core.exchange.anki;

/**
 * How much of an uploaded Anki package we are willing to unpack. The zip's own sizes are only declarations,
 * so {@link PackageZip} also counts what it actually inflates (and what zstd decodes) against these.
 */
public record ApkgLimits(int maxEntries, long maxInflatedBytes, long maxMediaBytes, int maxNotes) {
    public ApkgLimits {
        if (maxEntries < 1 || maxInflatedBytes < 1 || maxMediaBytes < 0 || maxNotes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static ApkgLimits defaults() {
        return new ApkgLimits(20_000, 512L << 20, 200L << 20, 50_000);
    }
}

package app.flashpoint.exchange;

import java.util.Arrays;
import java.util.Locale;

/** Where a background import is; {@code code} is the text stored in import_job.stage and polled as JSON. */
enum ImportStage {
    QUEUED("Waiting for the import before it"),
    READING("Reading the file"),
    ITEMS("Writing cards and questions"),
    MEDIA("Storing media"),
    HISTORY("Adopting your review history"),
    DONE("Done"),
    FAILED("Failed");

    private final String label;

    ImportStage(String label) {
        this.label = label;
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    String label() {
        return label;
    }

    boolean running() {
        return this != DONE && this != FAILED;
    }

    static ImportStage of(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("import job stage " + code));
    }
}

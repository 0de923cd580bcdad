package app.flashpoint.progress;

import java.util.Arrays;
import java.util.Locale;

/** Where a learner's latest fit is; {@code code} is the text stored in fsrs_fit_job.status and polled as JSON. */
enum FitStatus {
    RUNNING, DONE, FAILED;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static FitStatus of(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("fit job status " + code));
    }
}

package app.flashpoint.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deck and key-point forms. A form is bound as typed; its annotations are checked on its {@code stripped()}
 * copy (ends trimmed, blanks as empty), which is also what is saved, and {@code values()} re-shows it as typed.
 */
final class DeckForms {
    static final int MAX_TITLE = 120;
    static final int MAX_TEXT = 4000;
    static final String TITLE_PROBLEM = "Give the deck a title of up to " + MAX_TITLE + " characters.";
    static final String DESCRIPTION_PROBLEM = "Keep the description under " + MAX_TEXT + " characters.";
    static final String IMPORTANCE_PROBLEM = "Importance is a whole number from 1 (detail) to 5 (central).";

    private DeckForms() {
    }

    @Serdeable
    record DeckForm(@Nullable String slug,
                    @NotBlank(message = TITLE_PROBLEM) @Size(max = MAX_TITLE, message = TITLE_PROBLEM)
                    @Nullable String title,
                    @Size(max = MAX_TEXT, message = DESCRIPTION_PROBLEM) @Nullable String description,
                    @Nullable String visibility, @Nullable List<String> documents, @Nullable String csrfToken) {
        static final List<String> FIELDS = List.of("title", "description");

        DeckForm stripped() {
            return new DeckForm(strip(slug), strip(title), strip(description), strip(visibility), chosen(documents),
                    csrfToken);
        }

        Map<String, String> values() {
            var values = new LinkedHashMap<String, String>();
            put(values, "slug", slug);
            put(values, "title", title);
            put(values, "description", description);
            put(values, "visibility", visibility);
            if (documents != null) {
                values.put("documents", String.join("\n", chosen(documents)));
            }
            return values;
        }
    }

    @Serdeable
    record KeyPointForm(@Nullable String id,
                        @NotBlank(message = "Fill in the title (up to " + MAX_TEXT + " characters).")
                        @Size(max = MAX_TEXT, message = "Fill in the title (up to " + MAX_TEXT + " characters).")
                        @Nullable String title,
                        @NotBlank(message = "Fill in the summary (up to " + MAX_TEXT + " characters).")
                        @Size(max = MAX_TEXT, message = "Fill in the summary (up to " + MAX_TEXT + " characters).")
                        @Nullable String summary,
                        @NotBlank(message = "Fill in the family (up to " + MAX_TEXT + " characters).")
                        @Size(max = MAX_TEXT, message = "Fill in the family (up to " + MAX_TEXT + " characters).")
                        @Nullable String family,
                        @Pattern(regexp = "[1-5]", message = IMPORTANCE_PROBLEM) @Nullable String importance,
                        @Nullable String csrfToken) {
        static final List<String> FIELDS = List.of("title", "summary", "family", "importance");

        KeyPointForm stripped() {
            return new KeyPointForm(strip(id), strip(title), strip(summary), strip(family), strip(importance),
                    csrfToken);
        }

        Map<String, String> values() {
            var values = new LinkedHashMap<String, String>();
            put(values, "id", id);
            put(values, "title", title);
            put(values, "summary", summary);
            put(values, "family", family);
            put(values, "importance", importance);
            return values;
        }
    }

    private static String strip(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    /** The ticked boxes, less any blank value (as the map-bound form read them). */
    private static List<String> chosen(@Nullable List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    /** A field sent is re-shown as typed, a blank one as empty; one not sent stays absent. */
    private static void put(Map<String, String> values, String name, @Nullable String value) {
        if (value != null) {
            values.put(name, value.isBlank() ? "" : value);
        }
    }
}

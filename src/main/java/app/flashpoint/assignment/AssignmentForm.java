package app.flashpoint.assignment;

import app.flashpoint.core.bank.Bloom;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.ItemType;
import app.flashpoint.core.grading.GradingMethod;
import app.flashpoint.quiz.Blueprint;
import app.flashpoint.system.FormProblems;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import io.micronaut.core.annotation.Nullable;

import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The new-assignment form as the instructor filled it in (kept as typed, so a refused form comes back as it
 * was), what is wrong with it field by field, and the row it makes. {@code kind} comes from the route.
 */
record AssignmentForm(String kind, String title, Set<String> keyPoints, Set<String> families, Set<String> kinds,
                      Map<String, String> bloom, String questions, String opens, String closes, String due,
                      String minutes, String attempts, String grading, boolean shuffleQuestions,
                      boolean shuffleOptions, String feedback, String closeCredit,
                      boolean selfMarked, String readyBy) {
    /** The recall a practice may ask for at its due date, in percent ({@link #readyBy}; blank: none). */
    static final List<Integer> READY_BY_TARGETS = List.of(80, 85, 90, 95, 97);
    static final int MAX_TITLE = 120;
    static final int MAX_QUESTIONS = 50;
    static final int MAX_MINUTES = 600;
    static final int MAX_ATTEMPTS = 100;
    static final int MAX_BLOOM_WEIGHT = 10;

    static AssignmentForm defaults(String kind, long now, LocalTimes times) {
        long week = now + 7L * 24 * 3600 * 1000;
        return new AssignmentForm(kind, "", Set.of(), Set.of(), Set.of(), Map.of(), "10", times.input(now),
                times.input(week), times.input(week), "", "1", GradingMethod.HIGHEST.dbName(), true, true,
                FeedbackTiming.AFTER_SUBMIT.code(), "100", false, "");
    }

    /** An assignment as its form shows it, for editing. */
    static AssignmentForm of(AssignmentRow row, Blueprint blueprint, LocalTimes times) {
        var bloom = new LinkedHashMap<String, String>();
        blueprint.bloom().forEach((level, weight) -> bloom.put(level, String.valueOf(weight)));
        return new AssignmentForm(row.kind(), row.title(), blueprint.keyPoints(), blueprint.families(),
                blueprint.kinds(), bloom, String.valueOf(blueprint.questions()), times.input(row.openAt()),
                row.closeAt() == null ? "" : times.input(row.closeAt()), row.dueAt() == null ? "" : times.input(row.dueAt()),
                row.timeLimitSeconds() == null ? "" : String.valueOf(row.timeLimitSeconds() / 60),
                row.attemptsAllowed() == null ? "" : String.valueOf(row.attemptsAllowed()), row.grading(),
                row.shuffleQuestions(), row.shuffleOptions(), row.feedback(),
                String.valueOf(Math.round(row.closeScore() * 100)), Boolean.TRUE.equals(blueprint.selfMarked()),
                row.targetRecall() == null ? "" : String.valueOf(Math.round(row.targetRecall() * 100)));
    }

    /**
     * The form as posted fields, with the times and limits replaced by {@code limits}'s: what an assignment
     * that students have started may still change.
     */
    AssignmentFields withLimitsOf(AssignmentFields limits) {
        return new AssignmentFields(limits.csrfToken(), title, List.copyOf(keyPoints), List.copyOf(families),
                List.copyOf(kinds), bloom.get("remember"), bloom.get("understand"), bloom.get("apply"),
                bloom.get("analyze"), bloom.get("evaluate"), bloom.get("create"), questions, limits.opens(),
                limits.closes(), limits.due(), limits.minutes(), limits.attempts(), grading,
                shuffleQuestions ? "on" : null, shuffleOptions ? "on" : null, feedback, closeCredit,
                selfMarked ? "on" : null, limits.readyBy());
    }

    /** The posted fields, stripped; blank checkbox values and blank Bloom weights dropped. */
    static AssignmentForm of(String kind, AssignmentFields form) {
        var bloom = new LinkedHashMap<String, String>();
        form.bloom().forEach((level, value) -> {
            String weight = stripped(value);
            if (!weight.isEmpty()) {
                bloom.put(level.yamlName(), weight);
            }
        });
        return new AssignmentForm(kind, stripped(form.title()), chosen(form.keyPoint()), chosen(form.family()),
                chosen(form.kind()), bloom, stripped(form.questions()), stripped(form.opens()),
                stripped(form.closes()), stripped(form.due()), stripped(form.minutes()), stripped(form.attempts()),
                stripped(form.grading()), !stripped(form.shuffleQuestions()).isEmpty(),
                !stripped(form.shuffleOptions()).isEmpty(), stripped(form.feedback()), stripped(form.closeCredit()),
                !stripped(form.selfMarked()).isEmpty(), stripped(form.readyBy()));
    }

    /** The form's own constraints (the quiz-only ones for a quiz), by the field the page marks. */
    Map<String, String> constraintProblems(Validator validator, AssignmentFields fields) {
        var violations = quiz() ? validator.validate(fields, Default.class, AssignmentFields.QuizChecks.class)
                : validator.validate(fields);
        var errors = new LinkedHashMap<String, String>();
        // the six Bloom weight fields share one message under one mark
        FormProblems.byField(violations).forEach((field, message) ->
                errors.putIfAbsent(field.startsWith("bloom") ? "bloom" : field, message));
        return errors;
    }

    private static Set<String> chosen(@Nullable List<String> values) {
        var set = new LinkedHashSet<String>();
        if (values != null) {
            values.stream().filter(v -> v != null && !v.isBlank()).forEach(set::add);
        }
        return set;
    }

    private static String stripped(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    public boolean quiz() {
        return AssignmentKind.QUIZ.code().equals(kind);
    }

    /**
     * Field name → what to fix beyond {@link #constraintProblems}; with those, empty when the row can be made
     * (a quiz may still be short of items).
     */
    Map<String, String> problems(Deck deck, LocalTimes times) {
        var errors = new LinkedHashMap<String, String>();
        Long open = time(times, opens, "opens", errors);
        Long close = time(times, closes, "closes", errors);
        Long dueAt = time(times, due, "due", errors);
        if (open == null && !errors.containsKey("opens")) {
            errors.put("opens", "Enter when the assignment opens.");
        }
        if (open != null && close != null && close <= open) {
            errors.put("closes", "The close time must be after the open time.");
        }
        if (open != null && dueAt != null && dueAt < open) {
            errors.put("due", "The due date cannot be before the open time.");
        }
        if (!Blueprint.namesOnly(deck, keyPoints, families)) {
            errors.put("keyPoints", "Choose key points and families of this class's deck.");
        }
        if (!quiz()) {
            if (dueAt == null && !errors.containsKey("due")) {
                errors.put("due", "Enter the date by which the key points should be studied.");
            }
            if (keyPoints.isEmpty() && families.isEmpty() && !errors.containsKey("keyPoints")) {
                errors.put("keyPoints", "Choose the key points to study.");
            }
            if (!readyBy.isEmpty() && !READY_BY_TARGETS.contains(number(readyBy))) {
                errors.put("readyBy", "Choose a target recall from the list, or none.");
            }
            return errors;
        }
        if (GradingMethod.fromDb(grading).isEmpty()) {
            errors.put("grading", "Choose how attempts are graded.");
        }
        Optional<FeedbackTiming> timing = FeedbackTiming.of(feedback);
        if (timing.isEmpty()) {
            errors.put("feedback", "Choose when students see their results.");
        } else if (timing.get() == FeedbackTiming.AFTER_CLOSE && close == null && !errors.containsKey("closes")) {
            errors.put("feedback", "Results after the close time need a close time.");
        }
        if (!kinds.stream().allMatch(k -> ItemType.fromYaml(k).isPresent())) {
            errors.put("kinds", "Choose kinds from the list.");
        }
        return errors;
    }

    /** Call only when {@link #problems} is empty. Practice keeps only its key points (families expanded). */
    Blueprint blueprint(Deck deck) {
        if (!quiz()) {
            var ids = new LinkedHashSet<String>();
            deck.keyPoints().stream().filter(k -> keyPoints.contains(k.id()) || families.contains(k.family()))
                    .forEach(k -> ids.add(k.id()));
            return new Blueprint(ids, Set.of(), Set.of(), 0, Map.of());
        }
        var weights = new LinkedHashMap<String, Integer>();
        bloom.forEach((level, w) -> weights.put(level, number(w)));
        return new Blueprint(keyPoints, families, kinds, number(questions), weights, selfMarked);
    }

    /** Call only when {@link #problems} is empty. */
    AssignmentRow row(long classroomId, String blueprintJson, LocalTimes times, long now) {
        boolean q = quiz();
        return new AssignmentRow(null, classroomId, kind, title, blueprintJson, times.parse(opens),
                times.parse(closes), times.parse(due), q && !minutes.isBlank() ? number(minutes) * 60 : null,
                q && !attempts.isBlank() ? number(attempts) : null,
                q ? grading : GradingMethod.HIGHEST.dbName(), q && shuffleQuestions, q && shuffleOptions,
                q ? feedback : FeedbackTiming.AFTER_SUBMIT.code(), now, q && !closeCredit.isBlank() ? number(closeCredit) / 100.0 : 1.0,
                q || readyBy.isBlank() ? null : number(readyBy) / 100.0);
    }

    public boolean hasKeyPoint(String id) {
        return keyPoints.contains(id);
    }

    public boolean hasFamily(String name) {
        return families.contains(name);
    }

    public List<Integer> readyByTargets() {
        return READY_BY_TARGETS;
    }

    public boolean readyByIs(int percent) {
        return readyBy.equals(String.valueOf(percent));
    }

    public boolean hasKind(String kind) {
        return kinds.contains(kind);
    }

    public String bloomWeight(String level) {
        return bloom.getOrDefault(level, "");
    }

    @Nullable
    private static Long time(LocalTimes times, String text, String field, Map<String, String> errors) {
        try {
            return times.parse(text);
        } catch (DateTimeParseException e) {
            errors.put(field, "Enter a date and time (YYYY-MM-DDTHH:MM).");
            return null;
        }
    }

    @Nullable
    private static Integer number(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }
}

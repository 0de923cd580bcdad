package app.flashpoint.core.generate.lint;

/** One lint finding with a human message naming the offending text. */
public record LintWarning(LintCode code, String message) {
}

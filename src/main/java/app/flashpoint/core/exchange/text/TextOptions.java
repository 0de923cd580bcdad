package app.flashpoint.core.exchange.text;

/**
 * What the user chose in the import form; every part may be null, meaning "as the file says, else guess".
 * {@code separator} is the field separator of an Anki-style file (headers and quoting honoured). Setting
 * {@code termSeparator} or {@code cardSeparator} instead reads Quizlet-style pasted text: plain string splits,
 * no quoting, no headers (the other one defaults to Quizlet's tab / new line).
 */
public record TextOptions(Character separator, Boolean html, String termSeparator, String cardSeparator,
                          String title) {
    public TextOptions {
        if (separator != null && (separator == '"' || separator == '\n' || separator == '\r')) {
            throw new IllegalArgumentException("A quote or a line break cannot separate fields");
        }
        if (termSeparator != null && termSeparator.isEmpty() || cardSeparator != null && cardSeparator.isEmpty()) {
            throw new IllegalArgumentException("A custom separator cannot be empty");
        }
        if (termSeparator != null && termSeparator.equals(cardSeparator)) {
            throw new IllegalArgumentException("Terms and cards need different separators");
        }
        title = title == null || title.isBlank() ? null : title.strip();
    }

    /** Everything from the file's headers, or guessed. */
    public static TextOptions detect() {
        return new TextOptions(null, null, null, null, null);
    }

    /** Quizlet's export: term and definition, then card, each split by the given string. */
    public static TextOptions quizlet(String termSeparator, String cardSeparator) {
        return new TextOptions(null, null, termSeparator, cardSeparator, null);
    }

    public TextOptions withTitle(String newTitle) {
        return new TextOptions(separator, html, termSeparator, cardSeparator, newTitle);
    }

    boolean quizlet() {
        return termSeparator != null || cardSeparator != null;
    }
}

package app.flashpoint.generate;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A document sent for drafting, read from the raw body so that every way a body can be wrong (too big,
 * not JSON, no {@code text}, not UTF-8) gets its own 400 or 413 with a message, instead of the
 * framework's generic binding errors.
 */
record Submission(String title, String text) {
    /** 1 MB of UTF-8: drafting is roughly linear and takes about a second at this size. */
    static final int MAX_TEXT_BYTES = 1024 * 1024;
    static final String DEFAULT_TITLE = "Untitled document";
    /**
     * A JSON body may legitimately be larger than its text (escapes such as \u00e9 take six bytes for
     * two), so the text is measured after parsing; this bound only stops parsing absurd bodies.
     */
    private static final int MAX_JSON_BYTES = 6 * MAX_TEXT_BYTES + 64 * 1024;

    static Submission fromJson(byte[] body, @Nullable String titleParameter, JsonMapper json) {
        if (body.length > MAX_JSON_BYTES) {
            throw tooLarge(body.length);
        }
        if (body.length == 0) {
            throw badRequest("the request body is empty: send {\"title\": \"…\", \"text\": \"…\"}");
        }
        JsonNode root;
        try {
            root = json.readValue(body, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            throw badRequest("the request body is not valid JSON: send {\"title\": \"…\", \"text\": \"…\"}");
        }
        if (root == null || !root.isObject()) {
            throw badRequest("the request body must be a JSON object: {\"title\": \"…\", \"text\": \"…\"}");
        }
        JsonNode text = root.get("text");
        if (text == null || text.isNull()) {
            throw badRequest("the field 'text' is missing: send {\"title\": \"…\", \"text\": \"…\"}");
        }
        if (!text.isString()) {
            throw badRequest("the field 'text' must be a string");
        }
        JsonNode title = root.get("title");
        if (title != null && !title.isNull() && !title.isString()) {
            throw badRequest("the field 'title' must be a string");
        }
        return of(title == null || title.isNull() ? titleParameter : title.getStringValue(), text.getStringValue());
    }

    /** True when a body of this declared length is too large whatever it holds, so it need not be read. */
    static boolean cannotFit(long contentLength, MediaType type) {
        boolean utf8Text = !type.matches(MediaType.APPLICATION_JSON_TYPE)
                && type.getParameters().get("charset").map(c -> c.equalsIgnoreCase("utf-8")).orElse(true);
        return contentLength > (utf8Text ? MAX_TEXT_BYTES : MAX_JSON_BYTES);
    }

    static HttpStatusException tooLarge(long bytes) {
        return new HttpStatusException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, String.format(
                "the document is too large: %,d bytes; the limit is %,d bytes (1 MB) of UTF-8 text", bytes, MAX_TEXT_BYTES));
    }

    static Submission fromPlainText(byte[] body, @Nullable MediaType type, @Nullable String titleParameter) {
        Charset charset = charset(type);
        if (charset.equals(StandardCharsets.UTF_8) && body.length > MAX_TEXT_BYTES) {
            throw tooLarge(body.length);
        }
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            return of(titleParameter, text);
        } catch (CharacterCodingException e) {
            throw badRequest("the document is not plain text: its bytes are not valid " + charset.name());
        }
    }

    private static Charset charset(@Nullable MediaType type) {
        try {
            return type == null ? StandardCharsets.UTF_8 : type.getCharset().orElse(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // UnsupportedCharsetException and IllegalCharsetNameException both extend it
            throw badRequest("unknown charset in the Content-Type: " + type.getParameters().get("charset").orElse("?"));
        }
    }

    private static Submission of(@Nullable String title, String text) {
        int bytes = utf8Length(text);
        if (bytes > MAX_TEXT_BYTES) {
            throw tooLarge(bytes);
        }
        return new Submission(title == null || title.isBlank() ? DEFAULT_TITLE : title.strip(), text);
    }

    /** Counted rather than encoded, so a large text is not copied just to be measured. */
    static int utf8Length(String s) {
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private static HttpStatusException badRequest(String message) {
        return new HttpStatusException(HttpStatus.BAD_REQUEST, message);
    }
}

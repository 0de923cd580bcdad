package app.flashpoint.core.exchange.anki;

import app.flashpoint.core.exchange.MediaTypes;

import java.text.Normalizer;
import java.util.Optional;

/** Media file names and contents as we accept them from a package. */
final class MediaFiles {
    private MediaFiles() {
    }

    /**
     * The name NFC-normalized (as Anki stores it), or empty when it could escape the media folder or hide
     * itself: path separators, {@code .}/{@code ..}, control characters, over 255 characters.
     */
    static Optional<String> safeName(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFC);
        if (n.isBlank() || n.equals(".") || n.equals("..") || n.contains("..") || n.length() > 255
                || n.indexOf('/') >= 0 || n.indexOf('\\') >= 0 || n.indexOf(':') >= 0) {
            return Optional.empty();
        }
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u202e') {
                return Optional.empty();
            }
        }
        return Optional.of(n);
    }

    /** The file's type by its first bytes (see {@link MediaTypes}); empty for anything a page should not show. */
    static Optional<String> type(byte[] b) {
        return MediaTypes.of(b);
    }
}

package app.flashpoint.exchange.anki;

import app.flashpoint.core.exchange.ImportException;
import app.flashpoint.core.exchange.anki.AnkiCollection;
import app.flashpoint.core.exchange.anki.PackageZip;
import app.flashpoint.core.exchange.anki.Protobuf;
import com.github.luben.zstd.ZstdInputStream;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The package's {@code media} map (file name → zip entry) and its files. Legacy packages map entry names to
 * file names in JSON ({@code {"0":"a.jpg"}}); the latest one lists {@code MediaEntry{name=1, size=2, sha1=3,
 * legacy_zip_filename=255}} messages in a zstd-compressed protobuf, where the entry is the position in the
 * list, and each file is zstd-compressed too.
 */
final class PackageMedia implements AnkiCollection.Media {
    private static final long MAX_MAP_BYTES = 64L << 20;

    private final PackageZip zip;
    private final boolean zstd;
    private final Map<String, String> entries;

    private PackageMedia(PackageZip zip, boolean zstd, Map<String, String> entries) {
        this.zip = zip;
        this.zstd = zstd;
        this.entries = entries;
    }

    static PackageMedia read(PackageZip zip, boolean latest) {
        var entries = new HashMap<String, String>();
        if (zip.has("media")) {
            if (latest) {
                readList(zip, entries);
            } else {
                readJson(zip, entries);
            }
        }
        return new PackageMedia(zip, latest, entries);
    }

    private static void readList(PackageZip zip, Map<String, String> entries) {
        byte[] list;
        try (InputStream in = zip.limited(new ZstdInputStream(zip.stream("media")), "media")) {
            list = in.readNBytes((int) MAX_MAP_BYTES);
        } catch (IOException e) {
            throw new ImportException("not an Anki package: the media list is damaged (" + e.getMessage() + ")", e);
        }
        int index = 0;
        for (byte[] entry : Protobuf.parse(list, "the media list").repeated(1)) {
            Protobuf m = Protobuf.parse(entry, "the media list");
            long zipName = m.varint(255, index);
            entries.put(nfc(m.string(1)), Long.toString(zipName));
            index++;
        }
    }

    private static void readJson(PackageZip zip, Map<String, String> entries) {
        byte[] json = zip.read("media", MAX_MAP_BYTES);
        JsonNode map;
        try {
            map = JsonMapper.createDefault().readValue(json, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            throw new ImportException("not an Anki package: the media list is not valid JSON", e);
        }
        if (map == null || !map.isObject()) {
            throw new ImportException("not an Anki package: the media list is not a JSON object");
        }
        for (Map.Entry<String, JsonNode> e : map.entries()) {
            if (e.getValue().isString()) {
                entries.put(nfc(e.getValue().getStringValue()), e.getKey());
            }
        }
    }

    @Override
    public Optional<byte[]> read(String name, long maxBytes) {
        String entry = entries.get(nfc(name));
        if (entry == null || !zip.has(entry)) {
            return Optional.empty();
        }
        if (!zstd) {
            return Optional.of(zip.readUpTo(entry, maxBytes + 1));
        }
        try (InputStream in = zip.limited(new ZstdInputStream(zip.stream(entry)), entry)) {
            return Optional.of(in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1)));
        } catch (IOException e) {
            throw new ImportException("not an Anki package: media file " + name + " is damaged", e);
        }
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}

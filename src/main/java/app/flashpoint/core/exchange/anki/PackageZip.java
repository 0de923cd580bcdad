package app.flashpoint.core.exchange.anki;

import app.flashpoint.core.exchange.ImportException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * An Anki package opened with its limits applied. Refuses at open when the entry count or the declared sizes
 * are over the limits, before anything is inflated; then counts every byte actually produced (zip inflation,
 * and through {@link #limited} any further decoding such as zstd) against one budget, because declared sizes
 * can lie: a zip bomb stops at the limit with an {@link ImportException} instead of filling the disk.
 */
public final class PackageZip implements AutoCloseable {
    private final ZipFile zip;
    private final ApkgLimits limits;
    private final Set<String> names = new HashSet<>();
    private long produced;

    private PackageZip(ZipFile zip, ApkgLimits limits) {
        this.zip = zip;
        this.limits = limits;
    }

    public static PackageZip open(Path file, ApkgLimits limits) {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new ImportException("not an Anki package: the file is not a readable zip archive ("
                    + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new ImportException("not an Anki package: the file cannot be read (" + e.getMessage() + ")", e);
        }
        var pkg = new PackageZip(zip, limits);
        try {
            pkg.checkDeclared();
        } catch (RuntimeException e) {
            pkg.close();
            throw e;
        }
        return pkg;
    }

    private void checkDeclared() {
        if (zip.size() > limits.maxEntries()) {
            throw new ImportException("too large: the package has " + zip.size() + " entries, more than "
                    + limits.maxEntries());
        }
        long declared = 0;
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            ZipEntry entry = e.nextElement();
            names.add(entry.getName());
            if (entry.getSize() > 0) {
                declared += entry.getSize();
            }
            if (declared > limits.maxInflatedBytes()) {
                throw new ImportException("too large: the package unpacks to more than "
                        + megabytes(limits.maxInflatedBytes()) + " (entry " + entry.getName() + ")");
            }
        }
    }

    public boolean has(String name) {
        return names.contains(name);
    }

    /** The entry's inflated bytes, counted against the budget; {@code maxBytes} caps this one entry too. */
    public byte[] read(String name, long maxBytes) {
        try (InputStream in = stream(name)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new ImportException("too large: entry " + name + " is over " + megabytes(maxBytes));
            }
            return bytes;
        } catch (IOException e) {
            throw broken(name, e);
        }
    }

    /** At most {@code n} of the entry's bytes (fewer when it is shorter), counted against the budget. */
    public byte[] readUpTo(String name, long n) {
        try (InputStream in = stream(name)) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, n));
        } catch (IOException e) {
            throw broken(name, e);
        }
    }

    /** Copies the entry, decoded by {@code decoder} (identity for plain entries), into {@code target}. */
    public void copy(String name, Decoder decoder, Path target) {
        try (InputStream in = decoder == Decoder.NONE ? stream(name) : limited(decoder.decode(stream(name)), name);
             OutputStream out = Files.newOutputStream(target)) {
            in.transferTo(out);
        } catch (IOException e) {
            throw broken(name, e);
        }
    }

    /** An entry's raw inflated stream, counted against the budget. */
    public InputStream stream(String name) {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new ImportException("not an Anki package: entry " + name + " is missing");
        }
        try {
            return limited(zip.getInputStream(entry), name);
        } catch (IOException e) {
            throw broken(name, e);
        }
    }

    /** Counts what {@code in} produces against the same budget as inflation (for zstd layered on top). */
    public InputStream limited(InputStream in, String name) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1, name);
                }
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) {
                    count(n, name);
                }
                return n;
            }
        };
    }

    private void count(int n, String name) {
        produced += n;
        if (produced > limits.maxInflatedBytes()) {
            throw new ImportException("too large: the package unpacks to more than "
                    + megabytes(limits.maxInflatedBytes()) + " (entry " + name + ")");
        }
    }

    private static ImportException broken(String name, IOException e) {
        return new ImportException("not an Anki package: entry " + name + " is damaged (" + e.getMessage() + ")", e);
    }

    private static String megabytes(long bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MB" : bytes + " bytes";
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException ignored) {
            // read-only: nothing is lost when closing fails
        }
    }

    /** A decoding layered on an entry's stream (zstd for the latest package version). */
    @FunctionalInterface
    public interface Decoder {
        /** The entry as stored (its inflation is counted once, not again as decoding). */
        Decoder NONE = in -> in;

        InputStream decode(InputStream in) throws IOException;
    }
}

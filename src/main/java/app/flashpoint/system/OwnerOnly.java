package app.flashpoint.system;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The data directory (0700), the database and the secrets (0600) are the owner's alone: they hold password
 * hashes and signing keys. Only what this app creates is set; on a file system without POSIX modes (Windows)
 * the folder's own access rules apply.
 */
final class OwnerOnly {
    private OwnerOnly() {
    }

    static void directory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (dir.toAbsolutePath().getParent() != null) {
            Files.createDirectories(dir.toAbsolutePath().getParent());
        }
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createDirectory(dir);
        } catch (FileAlreadyExistsException raced) {
            // another start made it first
        }
    }

    /** Creates {@code file} empty and owner-only if it does not exist yet. */
    static void file(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            if (!Files.exists(file)) {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException kept) {
            // an existing file keeps the mode its owner gave it
        }
    }

    static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // see the class comment
        }
    }
}

package app.flashpoint.system;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * Signing secrets for the session cookie (JWT) and CSRF tokens. Taken from configuration when set (several
 * instances must share them: FLASHPOINT_JWT_SECRET, FLASHPOINT_CSRF_SECRET), otherwise generated once per
 * installation and kept, readable by the owner only, in the data directory — never in the repository.
 */
@Singleton
public class InstallationSecrets {
    private final Properties secrets = new Properties();

    InstallationSecrets(@Value("${flashpoint.data-dir:./data}") String dataDir,
                        @Value("${flashpoint.jwt-secret:}") String jwtSecret,
                        @Value("${flashpoint.csrf-secret:}") String csrfSecret) {
        if (!jwtSecret.isBlank() && !csrfSecret.isBlank()) {
            secrets.setProperty("jwt", jwtSecret);
            secrets.setProperty("csrf", csrfSecret);
            return;
        }
        Path file = Path.of(dataDir, "secrets.properties");
        try {
            loadOrCreate(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file.toAbsolutePath(), e);
        }
        if (!jwtSecret.isBlank()) {
            secrets.setProperty("jwt", jwtSecret);
        }
        if (!csrfSecret.isBlank()) {
            secrets.setProperty("csrf", csrfSecret);
        }
    }

    String jwt() {
        return secrets.getProperty("jwt");
    }

    String csrf() {
        return secrets.getProperty("csrf");
    }

    /**
     * An HMAC of {@code value} under this installation's secret, for small signed cookies (the device
     * cookie); {@code purpose} keeps a signature made for one use from being accepted by another.
     */
    public String sign(String purpose, String value) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(csrf().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "HmacSHA256"));
            byte[] digest = mac.doFinal((purpose + "\n" + value).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }

    private synchronized void loadOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                secrets.load(reader);
            }
            return;
        }
        OwnerOnly.directory(file.toAbsolutePath().getParent());
        secrets.setProperty("jwt", random());
        secrets.setProperty("csrf", random());
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "secrets", ".tmp");
        OwnerOnly.restrict(tmp);
        try (Writer writer = Files.newBufferedWriter(tmp)) {
            secrets.store(writer, "Generated once for this installation. Keep private; changing it signs everyone out.");
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static String random() {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

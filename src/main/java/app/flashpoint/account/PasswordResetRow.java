package app.flashpoint.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A reset link an admin issued: only the SHA-256 of its token is kept, so a copy of the table opens nothing. */
@MappedEntity("password_reset")
record PasswordResetRow(@Id String tokenHash, long accountId, long expiresAt, @Nullable Long usedAt) {
    boolean usableAt(long now) {
        return usedAt == null && now < expiresAt;
    }
}

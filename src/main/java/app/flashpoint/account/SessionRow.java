package app.flashpoint.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One sign-in; the session cookie names it (claim {@value Sessions#CLAIM}) and works until it is ended. */
@MappedEntity("account_session")
record SessionRow(@Id String id, long accountId, long createdAt, @Nullable Long endedAt) {
}

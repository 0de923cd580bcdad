package app.flashpoint.account;

import io.micronaut.security.authentication.Authentication;

import java.util.Map;

/**
 * Who is signed in, as the JWT carries it: the principal name is the account id, which never changes
 * (not even when a guest signs up), so everything a learner owns is keyed by it.
 */
public record CurrentAccount(long id, String name, String role, boolean guest) {

    public static CurrentAccount of(Authentication authentication) {
        Map<String, Object> attributes = authentication.getAttributes();
        return new CurrentAccount(Long.parseLong(authentication.getName()),
                String.valueOf(attributes.getOrDefault("displayName", "")),
                authentication.getRoles().stream().findFirst().orElse(AccountRow.STUDENT),
                Boolean.TRUE.equals(attributes.get("guest")));
    }

    /** The viewer of a page anyone may open: null when no one is signed in. */
    public static @io.micronaut.core.annotation.Nullable CurrentAccount ofNullable(
            @io.micronaut.core.annotation.Nullable Authentication authentication) {
        return authentication == null ? null : of(authentication);
    }

    /** Only {@link Sessions#start} calls this: every authentication names its session. */
    static Authentication authenticationOf(AccountRow account, String sessionId) {
        return Authentication.build(String.valueOf(account.id()), java.util.List.of(account.role()),
                Map.of("displayName", account.displayName(), "guest", account.guest(), Sessions.CLAIM, sessionId));
    }

    /** The session this request's cookie names, if any. */
    static java.util.Optional<String> sessionOf(Authentication authentication) {
        return authentication.getAttributes().get(Sessions.CLAIM) instanceof String id
                ? java.util.Optional.of(id) : java.util.Optional.empty();
    }
}

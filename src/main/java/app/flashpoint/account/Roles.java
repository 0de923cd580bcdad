package app.flashpoint.account;

import app.flashpoint.system.NotFoundException;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The public face of accounts for other features (AccountRepository stays private to this package): who
 * has which role, and the names to show for account ids. The session cookie carries the role it was issued
 * with, so a role change ends the account's sessions: the old role is gone at once, the new one comes with
 * the next sign-in.
 */
@Singleton
public class Roles {
    public static final String STUDENT = AccountRow.STUDENT;
    public static final String INSTRUCTOR = AccountRow.INSTRUCTOR;
    public static final String ADMIN = AccountRow.ADMIN;
    private static final Set<String> ALL = Set.of(STUDENT, INSTRUCTOR, ADMIN);

    private final AccountRepository accounts;
    private final Sessions sessions;
    private final Profiles profiles;

    Roles(AccountRepository accounts, Sessions sessions, Profiles profiles) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.profiles = profiles;
    }

    /** One signed-up account as the admin page lists it. */
    public record Entry(long id, String username, String role) {
        public boolean admin() {
            return ADMIN.equals(role);
        }
    }

    public List<Entry> accounts() {
        return accounts.findByGuestOrderByUsername(false).stream().filter(a -> !a.deleted())
                .map(a -> new Entry(a.id(), a.username(), a.role())).toList();
    }

    /** Any of the three roles; callers decide which ones a person may hand out (the admin page: two). */
    public Entry promote(long id, String role) {
        if (!ALL.contains(role)) {
            throw new IllegalArgumentException("Unknown role " + role);
        }
        AccountRow account = accounts.findById(id).filter(a -> !a.guest() && !a.deleted())
                .orElseThrow(() -> new NotFoundException("No account " + id));
        accounts.update(new AccountRow(account.id(), account.username(), account.passwordHash(), role, false,
                account.createdAt()));
        if (!role.equals(account.role())) {
            sessions.endAll(account.id());
        }
        return new Entry(account.id(), account.username(), role);
    }

    public Entry find(long id) {
        return accounts.findById(id).filter(a -> !a.guest() && !a.deleted()).map(a -> new Entry(a.id(), a.username(), a.role()))
                .orElseThrow(() -> new NotFoundException("No account " + id));
    }

    /**
     * Names to show for account ids: the name an account chose with its username in brackets (an instructor
     * must still tell two "Sam"s apart), else the username; "Guest" for guests, "Deleted account" for deleted
     * ones. Ids without an account are left out.
     */
    public Map<Long, String> displayNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> chosen = profiles.displayNames(ids);
        return accounts.findByIdIn(ids).stream().collect(Collectors.toMap(AccountRow::id,
                a -> chosen.containsKey(a.id()) && a.username() != null
                        ? chosen.get(a.id()) + " (" + a.username() + ")" : a.displayName(), (a, b) -> a));
    }
}

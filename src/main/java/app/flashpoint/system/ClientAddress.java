package app.flashpoint.system;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request comes from, for limits. X-Forwarded-For is believed only when the connection comes
 * from a configured proxy (FLASHPOINT_TRUSTED_PROXIES, a comma list of addresses): then the right-most
 * entry that is not itself a trusted proxy is the client, since anything to its left the client could have
 * written. With no proxies configured the header is ignored, so a client cannot pick its own address.
 */
@Singleton
public class ClientAddress {
    private final Set<String> trusted;

    ClientAddress(@Value("${flashpoint.trusted-proxies:}") String trustedProxies) {
        this.trusted = Arrays.stream(trustedProxies.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public String of(HttpRequest<?> request) {
        String peer = request.getRemoteAddress().getAddress().getHostAddress();
        if (!trusted.contains(peer)) {
            return peer;
        }
        List<String> forwarded = request.getHeaders().getAll("X-Forwarded-For").stream()
                .flatMap(h -> Arrays.stream(h.split(","))).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            if (!trusted.contains(forwarded.get(i))) {
                return forwarded.get(i);
            }
        }
        return peer;
    }
}

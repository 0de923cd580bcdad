package app.flashpoint.system;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The address a request comes from, for limits. X-Forwarded-For is believed only when the connection comes
 * from a configured proxy (FLASHPOINT_TRUSTED_PROXIES, a comma list of addresses): then the right-most
 * entry that is not itself a trusted proxy is the client, since anything to its left the client could have
 * written. With no proxies configured the header is ignored, so a client cannot pick its own address.
 */
@Singleton
public class ClientAddress {
    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");
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

    /**
     * The client's network for per-address limits: an IPv4 address, or an IPv6 address's /64, since one
     * host is usually handed a whole /64 and could otherwise take a fresh address for every request.
     */
    public String networkOf(HttpRequest<?> request) {
        String address = of(request);
        // only an IPv6 literal is parsed (InetAddress would look a host name up)
        if (!address.contains(":") || !IPV6_LITERAL.matcher(address).matches()) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            var prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}

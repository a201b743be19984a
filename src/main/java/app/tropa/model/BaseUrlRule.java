package app.tropa.model;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which model servers the tutor may talk to: by default only this machine, because every talk
 * carries the learner's journal. Decided from the address alone, never by looking a name up, so a
 * refused server is never contacted.
 */
public final class BaseUrlRule {

    /** Why a base URL is refused. */
    public enum Refusal { NOT_A_URL, REMOTE }

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private BaseUrlRule() {
    }

    public static Optional<Refusal> check(String baseUrl, boolean allowRemote) {
        Optional<URI> uri = parse(baseUrl);
        if (uri.isEmpty()) {
            return Optional.of(Refusal.NOT_A_URL);
        }
        if (!allowRemote && !isLoopback(uri.get().getHost())) {
            return Optional.of(Refusal.REMOTE);
        }
        return Optional.empty();
    }

    static Optional<URI> parse(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(baseUrl.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && uri.getHost() != null && uri.getRawQuery() == null && uri.getRawFragment() == null
                    ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** {@code localhost}, 127.0.0.0/8 or ::1 written as such; any other name is remote. */
    public static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost")) {
            return true;
        }
        if (IPV4.matcher(h).matches() || h.contains(":")) {
            try {
                // A literal address: parsed, never resolved.
                return InetAddress.getByName(h).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }
}

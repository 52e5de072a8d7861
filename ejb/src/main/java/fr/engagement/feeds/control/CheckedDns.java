package fr.engagement.feeds.control;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The feed download's name resolution: a host's addresses are looked up once, checked (no loopback, private,
 * link-local, multicast or reserved address unless the host is allow-listed), and the connection goes to those very
 * addresses. Checking a name and then letting the HTTP client resolve it again would leave a window in which a DNS
 * answer changes from a public address to an internal one (DNS rebinding).
 */
final class CheckedDns implements DnsResolver {

    /** How names become addresses: the system's resolver, or fixed answers where a test chooses them. */
    interface Lookup {
        InetAddress[] all(String host) throws UnknownHostException;
    }

    /** A host that resolves to an address feeds may not come from. */
    static final class ForbiddenAddress extends UnknownHostException {
        private static final long serialVersionUID = 1L;

        ForbiddenAddress(String host, InetAddress address) {
            super("Forbidden address: " + host + " resolves to a local or private address ("
                    + address.getHostAddress() + ")");
        }
    }

    private final Set<String> allowedHosts;
    private final Lookup lookup;

    CheckedDns(Set<String> allowedHosts, Lookup lookup) {
        this.allowedHosts = allowedHosts;
        this.lookup = lookup;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = lookup.all(host);
        if (!allowedHosts.contains(host.toLowerCase(Locale.ROOT))) {
            for (InetAddress address : addresses) {
                if (forbidden(address)) {
                    throw new ForbiddenAddress(host, address);
                }
            }
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        // only asked for Kerberos/SPNEGO, which feeds do not use: the name as given
        return host;
    }

    static boolean forbidden(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isMulticastAddress()
                || a.isAnyLocalAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (b.length == 4) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            // 0/8, 100.64/10 (carrier-grade NAT), 198.18/15 (benchmarks), 240/4 (reserved)
            return first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 198
                    && (second == 18 || second == 19)) || first >= 240;
        }
        // IPv6 unique local addresses fc00::/7
        return (b[0] & 0xfe) == 0xfc;
    }
}

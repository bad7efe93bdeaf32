package org.plinth.server.webhook.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The SSRF guard: which URLs a webhook may target. Checked when a webhook is saved and again before
 * every attempt, after DNS resolution (a name that resolves to an internal address is refused, and
 * every address of a name must be acceptable). Redirects are never followed, so a public receiver
 * cannot bounce a delivery inward.
 *
 * <p>Blocked by default: loopback, unspecified ({@code 0.0.0.0}, {@code ::}), private
 * (10/8, 172.16/12, 192.168/16), carrier-grade NAT (100.64/10), link-local (169.254/16, fe80::/10),
 * unique-local v6 (fc00::/7), site-local v6, multicast, broadcast, and the same inside IPv4-mapped,
 * IPv4-compatible and NAT64 IPv6 addresses. {@code allowPrivateTargets} lifts all of that except
 * multicast and the cloud metadata addresses (169.254.169.254, fd00:ec2::254), which stay blocked.
 *
 * <p>Known gap: the address is resolved again by the HTTP client when it connects, so a DNS answer
 * that changes between the check and the connect (rebinding) is not caught.
 */
@Component
public class WebhookTargetGuard {

    private final boolean allowPrivateTargets;

    public WebhookTargetGuard(WebhookProperties properties) {
        this.allowPrivateTargets = properties.allowPrivateTargets();
    }

    /** What is wrong with {@code url} as a webhook target (syntax, scheme, address), or null if it is acceptable. */
    public @Nullable String problemWith(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            return "Enter a valid URL.";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "Only http and https URLs are accepted.";
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return "Enter a valid URL.";
        }
        if (uri.getRawUserInfo() != null) {
            return "Credentials in the URL are not accepted; use the secret to authenticate deliveries.";
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return "The host " + host + " does not resolve.";
        }
        for (InetAddress address : addresses) {
            String blocked = blockedReason(address);
            if (blocked != null) {
                return "The host " + host + " resolves to " + address.getHostAddress() + ", " + blocked + "; "
                        + "deliveries there are not allowed.";
            }
        }
        return null;
    }

    /** Why {@code address} is refused ("a loopback address"), or null if deliveries may go there. */
    @Nullable String blockedReason(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            byte[] embedded = embeddedIpv4(b);
            if (embedded != null) {
                return blockedIpv4(embedded);
            }
            return blockedIpv6(b);
        }
        if (address instanceof Inet4Address) {
            return blockedIpv4(b);
        }
        return "an unknown kind of address";
    }

    private @Nullable String blockedIpv4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        if (a0 == 169 && a1 == 254 && (b[2] & 0xff) == 169 && (b[3] & 0xff) == 254) {
            return "a cloud metadata address";
        }
        if (a0 >= 224) {
            return a0 < 240 ? "a multicast address" : "a reserved or broadcast address";
        }
        if (allowPrivateTargets) {
            return null;
        }
        if (a0 == 127) {
            return "a loopback address";
        }
        if (a0 == 0) {
            return "an unspecified address";
        }
        if (a0 == 10 || (a0 == 172 && (a1 & 0xf0) == 16) || (a0 == 192 && a1 == 168)) {
            return "a private address";
        }
        if (a0 == 100 && (a1 & 0xc0) == 64) {
            return "a carrier-grade NAT address";
        }
        if (a0 == 169 && a1 == 254) {
            return "a link-local address";
        }
        if (a0 == 198 && (a1 & 0xfe) == 18) {
            return "a benchmarking address";
        }
        return null;
    }

    private @Nullable String blockedIpv6(byte[] b) {
        // fd00:ec2::254, the AWS metadata service over IPv6
        if ((b[0] & 0xff) == 0xfd && b[1] == 0 && (b[2] & 0xff) == 0x0e && (b[3] & 0xff) == 0xc2 && isZero(b, 4, 14)
                && (b[14] & 0xff) == 0x02 && (b[15] & 0xff) == 0x54) {
            return "a cloud metadata address";
        }
        if ((b[0] & 0xff) == 0xff) {
            return "a multicast address";
        }
        if (allowPrivateTargets) {
            return null;
        }
        if (isZero(b, 0, 15) && (b[15] == 1 || b[15] == 0)) {
            return b[15] == 1 ? "a loopback address" : "an unspecified address";
        }
        if ((b[0] & 0xfe) == 0xfc) {
            return "a unique-local address";
        }
        if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0x80) {
            return "a link-local address";
        }
        if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
            return "a site-local address";
        }
        return null;
    }

    /** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) or NAT64 (64:ff9b::a.b.c.d) address. */
    private static byte @Nullable [] embeddedIpv4(byte[] b) {
        boolean mapped = isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = isZero(b, 0, 12) && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] == 0 || b[15] == 1));
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && isZero(b, 4, 12);
        if (!mapped && !compatible && !nat64) {
            return null;
        }
        return new byte[] { b[12], b[13], b[14], b[15] };
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}

package org.plinth.server.webhook.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class WebhookTargetGuardTest {

    private final WebhookTargetGuard strict = new WebhookTargetGuard(properties(false));
    private final WebhookTargetGuard permissive = new WebhookTargetGuard(properties(true));

    static WebhookProperties properties(boolean allowPrivateTargets) {
        return new WebhookProperties(allowPrivateTargets, Duration.ofSeconds(10), Duration.ofSeconds(30),
                Duration.ofHours(6), Duration.ofDays(3), 1, Duration.ofSeconds(1), Duration.ofSeconds(60), 100);
    }

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void blocksInternalAddressesByDefault() {
        assertThat(strict.blockedReason(ip("127.0.0.1"))).isEqualTo("a loopback address");
        assertThat(strict.blockedReason(ip("127.8.9.10"))).isEqualTo("a loopback address");
        assertThat(strict.blockedReason(ip("::1"))).isEqualTo("a loopback address");
        assertThat(strict.blockedReason(ip("0.0.0.0"))).isEqualTo("an unspecified address");
        assertThat(strict.blockedReason(ip("::"))).isEqualTo("an unspecified address");
        assertThat(strict.blockedReason(ip("10.1.2.3"))).isEqualTo("a private address");
        assertThat(strict.blockedReason(ip("172.16.0.1"))).isEqualTo("a private address");
        assertThat(strict.blockedReason(ip("172.31.255.255"))).isEqualTo("a private address");
        assertThat(strict.blockedReason(ip("192.168.1.1"))).isEqualTo("a private address");
        assertThat(strict.blockedReason(ip("100.64.0.1"))).isEqualTo("a carrier-grade NAT address");
        assertThat(strict.blockedReason(ip("169.254.1.1"))).isEqualTo("a link-local address");
        assertThat(strict.blockedReason(ip("169.254.169.254"))).isEqualTo("a cloud metadata address");
        assertThat(strict.blockedReason(ip("fe80::1"))).isEqualTo("a link-local address");
        assertThat(strict.blockedReason(ip("fc00::1"))).isEqualTo("a unique-local address");
        assertThat(strict.blockedReason(ip("fd12:3456::1"))).isEqualTo("a unique-local address");
        assertThat(strict.blockedReason(ip("fd00:ec2::254"))).isEqualTo("a cloud metadata address");
        assertThat(strict.blockedReason(ip("224.0.0.1"))).isEqualTo("a multicast address");
        assertThat(strict.blockedReason(ip("ff02::1"))).isEqualTo("a multicast address");
        assertThat(strict.blockedReason(ip("255.255.255.255"))).isEqualTo("a reserved or broadcast address");
    }

    @Test
    void looksInsideIpv6FormsOfIpv4Addresses() {
        assertThat(strict.blockedReason(ip("::ffff:127.0.0.1"))).isEqualTo("a loopback address");
        assertThat(strict.blockedReason(ip("::ffff:10.0.0.1"))).isEqualTo("a private address");
        assertThat(strict.blockedReason(ip("::ffff:169.254.169.254"))).isEqualTo("a cloud metadata address");
        assertThat(strict.blockedReason(ip("::127.0.0.1"))).isEqualTo("a loopback address");
        assertThat(strict.blockedReason(ip("64:ff9b::192.168.0.1"))).isEqualTo("a private address");
        assertThat(strict.blockedReason(ip("64:ff9b::93.184.216.34"))).isNull();
    }

    @Test
    void acceptsPublicAddresses() {
        assertThat(strict.blockedReason(ip("93.184.216.34"))).isNull();
        assertThat(strict.blockedReason(ip("172.32.0.1"))).isNull();
        assertThat(strict.blockedReason(ip("100.128.0.1"))).isNull();
        assertThat(strict.blockedReason(ip("2606:4700::1111"))).isNull();
    }

    @Test
    void allowPrivateTargetsLiftsAllButMetadataAndMulticast() {
        assertThat(permissive.blockedReason(ip("127.0.0.1"))).isNull();
        assertThat(permissive.blockedReason(ip("10.0.0.1"))).isNull();
        assertThat(permissive.blockedReason(ip("::1"))).isNull();
        assertThat(permissive.blockedReason(ip("fd12::1"))).isNull();
        assertThat(permissive.blockedReason(ip("169.254.169.254"))).isEqualTo("a cloud metadata address");
        assertThat(permissive.blockedReason(ip("::ffff:169.254.169.254"))).isEqualTo("a cloud metadata address");
        assertThat(permissive.blockedReason(ip("fd00:ec2::254"))).isEqualTo("a cloud metadata address");
        assertThat(permissive.blockedReason(ip("239.1.1.1"))).isEqualTo("a multicast address");
    }

    @Test
    void checksUrlsSchemeHostAndResolvedAddress() {
        assertThat(strict.problemWith("not a url")).isEqualTo("Enter a valid URL.");
        assertThat(strict.problemWith("ftp://example.org/x")).isEqualTo("Only http and https URLs are accepted.");
        assertThat(strict.problemWith("javascript:alert(1)")).isEqualTo("Only http and https URLs are accepted.");
        assertThat(strict.problemWith("http:///path")).isEqualTo("Enter a valid URL.");
        assertThat(strict.problemWith("http://user:pw@93.184.216.34/")).startsWith("Credentials in the URL");
        assertThat(strict.problemWith("http://localhost:8080/hook")).contains("a loopback address");
        assertThat(strict.problemWith("http://[::ffff:7f00:1]/hook")).contains("a loopback address");
        assertThat(strict.problemWith("http://2130706433/hook")).contains("a loopback address");
        assertThat(strict.problemWith("https://93.184.216.34/hook")).isNull();
        assertThat(permissive.problemWith("http://127.0.0.1:9000/hook")).isNull();
    }
}

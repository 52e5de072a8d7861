package fr.engagement.tracking.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final Set<String> PROXIES = ClientAddress.parse(" 10.0.0.1, 10.0.0.2 ,");

    @Test
    void withoutTrustedProxiesTheSocketPeerIsTheClientWhateverTheHeaderSays() {
        assertThat(ClientAddress.resolve(Set.of(), "203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.resolve(PROXIES, "203.0.113.9", "198.51.100.1")).as("peer is not our proxy")
                .isEqualTo("203.0.113.9");
    }

    @Test
    void behindOurProxiesTheLastAddressThatIsNotOursIsTheClient() {
        assertThat(ClientAddress.resolve(PROXIES, "10.0.0.1", "198.51.100.1")).isEqualTo("198.51.100.1");
        assertThat(ClientAddress.resolve(PROXIES, "10.0.0.1", "1.2.3.4, 198.51.100.1, 10.0.0.2"))
                .as("a forged leftmost entry is not believed").isEqualTo("198.51.100.1");
        assertThat(ClientAddress.resolve(PROXIES, "10.0.0.1", " ")).isEqualTo("10.0.0.1");
        assertThat(ClientAddress.resolve(PROXIES, "10.0.0.1", null)).isEqualTo("10.0.0.1");
    }
}

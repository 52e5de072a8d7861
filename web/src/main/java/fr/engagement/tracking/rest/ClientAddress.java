package fr.engagement.tracking.rest;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * The visitor's address, for the per-IP limit and the visitor hash. It is the socket's peer, unless that peer is
 * one of our reverse proxies (setting {@code app.trusted-proxies}, a comma-separated list of exact addresses;
 * none by default): then X-Forwarded-For is read from the right, skipping our own proxies, and the first address
 * that is not one of them is the client's. Reading the leftmost entry instead would let anyone choose their
 * address by sending the header themselves, since proxies append to it.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    Config config;

    private Set<String> trustedProxies = Set.of();

    @PostConstruct
    void configure() {
        trustedProxies = parse(config.getOptionalValue("app.trusted-proxies", String.class).orElse(""));
    }

    public String of(String socketPeer, String forwardedFor) {
        return resolve(trustedProxies, socketPeer, forwardedFor);
    }

    static Set<String> parse(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    static String resolve(Set<String> trusted, String socketPeer, String forwardedFor) {
        if (socketPeer == null || !trusted.contains(socketPeer) || forwardedFor == null || forwardedFor.isBlank()) {
            return socketPeer;
        }
        String[] hops = forwardedFor.split(",");
        String client = socketPeer;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (hop.isEmpty()) {
                continue;
            }
            client = hop;
            if (!trusted.contains(hop)) {
                break;
            }
        }
        return client;
    }
}

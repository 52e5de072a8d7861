package fr.engagement.partners.boundary;

import fr.engagement.partners.entity.ApiKeys;
import fr.engagement.partners.entity.DiffusionRule;
import fr.engagement.partners.entity.Publisher;
import fr.engagement.platform.entity.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Publishers of the exchange: who calls the API, and their keys; administrators add partners and renew keys. */
@Stateless
public class Publishers {

    /** A partner just added or whose key was renewed, with its key in clear: shown once, never stored. */
    public record WithKey(Publisher publisher, String apiKey) {}

    @PersistenceContext(unitName = "engagement")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AnnouncerMissions catalogue;

    /**
     * The live publisher holding this API key; empty for an unknown key or a deleted publisher (the peer lets a
     * deleted publisher's key in; we do not).
     */
    public Optional<Publisher> authenticate(String apiKey) {
        if (apiKey == null || apiKey.isBlank() || apiKey.length() > 200) {
            return Optional.empty();
        }
        return em.createNamedQuery(Publisher.BY_KEY_HASH, Publisher.class)
                .setParameter("hash", ApiKeys.hash(apiKey))
                .getResultStream()
                .findFirst();
    }

    public Optional<Publisher> find(String id) {
        return Optional.ofNullable(id == null ? null : em.find(Publisher.class, id));
    }

    /** Every live partner, the platform first, then by name. */
    @RolesAllowed("ADMIN")
    public List<Publisher> all() {
        return em.createQuery("SELECT p FROM Publisher p WHERE p.deletedAt IS NULL ORDER BY p.platform DESC, p.name",
                Publisher.class).getResultList();
    }

    /** The publishers a broadcaster may diffuse: the platform and the announcers, the platform first. */
    @RolesAllowed("ADMIN")
    public List<Publisher> announcers() {
        return em.createQuery("SELECT p FROM Publisher p WHERE p.deletedAt IS NULL AND (p.annonceur = TRUE"
                + " OR p.platform = TRUE) ORDER BY p.platform DESC, p.name", Publisher.class).getResultList();
    }

    /** Adds a partner with its first API key, and the diffusion roots the administrator asked for. */
    @RolesAllowed("ADMIN")
    public WithKey create(@Valid PublisherDraft d) {
        var now = clock.instant();
        Publisher p = new Publisher(d.getName().strip(), now);
        apply(d, p, d.getFeedPassword());
        String key = p.rotateApiKey(now);
        em.persist(p);
        // diffusion_rule names publishers by plain columns: the publisher row must exist first
        em.flush();
        keepRoots(d, p, now);
        return new WithKey(p, key);
    }

    /** The form of an existing partner, filled from it; its feed password is never sent back to the page. */
    @RolesAllowed("ADMIN")
    public PublisherDraft draftOf(String id) {
        Publisher p = editable(id);
        PublisherDraft d = new PublisherDraft();
        d.setName(p.getName());
        d.setUrl(p.getUrl());
        d.setEmail(p.getEmail());
        d.setAnnonceur(p.isAnnonceur());
        d.setMissionType(p.getMissionType() == null ? "benevolat" : p.getMissionType());
        d.setMatomoParams(p.isMatomoParams());
        d.setApiRights(p.isApiRights());
        d.setFeedUrl(p.getFeedUrl());
        d.setFeedUsername(p.getFeedUsername());
        d.setDiffusedByPlatform(!roots(Publisher.PLATFORM_ID, p.getId()).isEmpty());
        d.setDiffusedAnnouncers(rootsOf(p.getId()).stream().map(DiffusionRule::getValue).distinct().toList());
        return d;
    }

    /**
     * Changes a partner as the form says, its diffusion roots included: a root taken away goes with the
     * criteria the announcer had set under it. An empty feed password keeps the one stored.
     */
    @RolesAllowed("ADMIN")
    public Publisher update(String id, @Valid PublisherDraft d) {
        Publisher p = editable(id);
        var now = clock.instant();
        p.rename(d.getName().strip());
        apply(d, p, d.getFeedPassword() == null || d.getFeedPassword().isEmpty() ? p.getFeedPassword()
                : d.getFeedPassword());
        p.touch(now);
        keepRoots(d, p, now);
        return p;
    }

    /** The form's fields on the partner; what the form does not show (category, logos, other rights) is kept. */
    private static void apply(PublisherDraft d, Publisher p, String feedPassword) {
        p.describe(p.getCategory(), blank(d.getUrl()), blank(d.getEmail()), p.getLogo(), p.getDefaultMissionLogo(),
                p.getDescription());
        p.setAnnouncer(d.isAnnonceur(), d.getMissionType());
        p.setMatomoParams(d.isMatomoParams());
        p.setRights(d.isApiRights(), p.isWidgetRights(), p.isCampaignRights());
        p.setFeed(d.getFeedUrl(), d.getFeedUsername(), feedPassword);
    }

    /**
     * The diffusion roots as the form asks: the platform diffuses the partner (an announcer), and the partner
     * diffuses the announcers ticked. An id that is not a live announcer, or the partner itself, is ignored.
     */
    private void keepRoots(PublisherDraft d, Publisher p, Instant now) {
        keepRoot(Publisher.PLATFORM_ID, p.getId(), d.isDiffusedByPlatform() && d.isAnnonceur(), now);
        Set<String> wanted = announcers().stream().map(Publisher::getId)
                .filter(id -> d.getDiffusedAnnouncers().contains(id) && !id.equals(p.getId()))
                .collect(Collectors.toSet());
        Set<String> current = rootsOf(p.getId()).stream().map(DiffusionRule::getValue).collect(Collectors.toSet());
        for (String announcer : current) {
            if (!wanted.contains(announcer)) {
                keepRoot(p.getId(), announcer, false, now);
            }
        }
        for (String announcer : wanted) {
            if (!current.contains(announcer)) {
                keepRoot(p.getId(), announcer, true, now);
            }
        }
    }

    /** A broadcaster's roots (its other rules are the announcers' criteria under them). */
    private List<DiffusionRule> rootsOf(String broadcasterId) {
        return em.createNamedQuery(DiffusionRule.OF_BROADCASTER, DiffusionRule.class)
                .setParameter("publisher", broadcasterId).getResultStream()
                .filter(r -> r.getParentId() == null && DiffusionRule.ROOT_FIELD.equals(r.getField())).toList();
    }

    private Publisher editable(String id) {
        return find(id).filter(x -> !x.isDeleted() && !x.isPlatform())
                .orElseThrow(() -> new NotFoundException("Partenaire"));
    }

    private List<DiffusionRule> roots(String broadcasterId, String announcerId) {
        return em.createNamedQuery(DiffusionRule.ROOTS_OF_ANNOUNCER, DiffusionRule.class)
                .setParameter("announcer", announcerId).getResultStream()
                .filter(r -> r.getPublisherId().equals(broadcasterId)).toList();
    }

    private void keepRoot(String broadcasterId, String announcerId, boolean wanted, Instant now) {
        List<DiffusionRule> existing = roots(broadcasterId, announcerId);
        if (wanted && existing.isEmpty()) {
            em.persist(DiffusionRule.root(broadcasterId, announcerId, now));
        }
        if (!wanted) {
            for (DiffusionRule root : existing) {
                em.createQuery("DELETE FROM DiffusionRule r WHERE r.parentId = :root").setParameter("root",
                        root.getId()).executeUpdate();
                em.remove(root);
            }
        }
    }

    /** What deleting a partner took away. */
    public record Deleted(String name, int missions, int rules) {}

    /**
     * A partner leaves the exchange: its API key stops working, its feed is no longer imported, its missions leave
     * the catalogue (soft-deleted, as a feed deletes them), and the diffusion rules to and from it go, with the
     * criteria under them. Its events stay, for the other partners' statistics. Not undone on a screen.
     */
    @RolesAllowed("ADMIN")
    public Deleted delete(String id) {
        Publisher p = editable(id);
        var now = clock.instant();
        int missions = catalogue.softDeleteAll(p.getId(), now);
        List<String> roots = em.createQuery("SELECT r.id FROM DiffusionRule r WHERE r.parentId IS NULL"
                + " AND r.field = :root AND (r.publisherId = :p OR r.value = :p)", String.class)
                .setParameter("root", DiffusionRule.ROOT_FIELD).setParameter("p", p.getId()).getResultList();
        int rules = 0;
        if (!roots.isEmpty()) {
            rules += em.createQuery("DELETE FROM DiffusionRule r WHERE r.parentId IN :roots")
                    .setParameter("roots", roots).executeUpdate();
            rules += em.createQuery("DELETE FROM DiffusionRule r WHERE r.id IN :roots").setParameter("roots", roots)
                    .executeUpdate();
        }
        p.delete(now);
        return new Deleted(p.getName(), missions, rules);
    }

    /** A new API key for a partner; the previous one stops working at once. */
    @RolesAllowed("ADMIN")
    public WithKey renewKey(String id) {
        Publisher p = find(id).filter(x -> !x.isDeleted()).orElseThrow(() -> new NotFoundException("Partenaire"));
        return new WithKey(p, p.rotateApiKey(clock.instant()));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package fr.engagement.demo.control;

import fr.engagement.accounts.entity.Account;
import fr.engagement.accounts.entity.AccountRole;
import fr.engagement.accounts.entity.Role;
import fr.engagement.audit.entity.SubjectType;
import fr.engagement.demo.control.DemoAccounts.DemoAccount;
import fr.engagement.demo.control.PeopleCatalogue.Referent;
import fr.engagement.demo.control.PeopleCatalogue.Volunteer;
import fr.engagement.demo.control.PlaceCatalogue.Place;
import fr.engagement.demo.control.StructureCatalogue.StructureSpec;
import fr.engagement.missions.entity.Domain;
import fr.engagement.partners.entity.DiffusionRule;
import fr.engagement.partners.entity.Publisher;
import fr.engagement.platform.entity.Party;
import fr.engagement.structures.entity.Network;
import fr.engagement.structures.entity.Structure;
import fr.engagement.structures.entity.StructureStatus;
import fr.engagement.territory.boundary.Territory;
import fr.engagement.territory.entity.Commune;
import jakarta.persistence.EntityManager;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * First act: the network, the structures with their review stories, and every account (showcase, referents,
 * responsables, volunteers) with its roles. Structures come first because responsables' roles name them by id.
 */
final class OrganisationBuilder {

    private final EntityManager em;
    private final Territory territory;
    private final Timeline time;
    private final Chronicle chronicle;
    private final Map<String, String> hashes;
    private final Cast cast = new Cast();
    private final Map<String, Account> referents = new HashMap<>();

    OrganisationBuilder(EntityManager em, Territory territory, Timeline time, Chronicle chronicle,
            Map<String, String> hashes) {
        this.em = em;
        this.territory = territory;
        this.time = time;
        this.chronicle = chronicle;
        this.hashes = hashes;
    }

    /** The demo partner platform, announcer and broadcaster, that the partner account works for. */
    private Publisher demoPartner() {
        Publisher p = new Publisher("Bénévoles Connectés (démo)", time.daysAgo(400, 420));
        p.describe("ENGAGEMENT_PLATFORMS", "https://benevoles-connectes.example.org", "contact@benevoles-connectes.example.org",
                null, null, "Plateforme associative de démonstration : elle publie ses missions et diffuse celles des autres.");
        p.setAnnouncer(true, "benevolat");
        p.setRights(true, true, false);
        em.persist(p);
        // diffusion_rule.publisher_id and account_role.publisher_id reference the publisher by plain columns, which
        // EclipseLink does not order inserts by: write the publisher first
        em.flush();
        em.persist(DiffusionRule.root(p.getId(), Publisher.PLATFORM_ID, time.daysAgo(400, 420)));
        cast.partnerPublisher = p.getId();
        return p;
    }

    Cast build() {
        Network network = new Network(StructureCatalogue.NETWORK_NAME, time.daysAgo(950, 1000));
        em.persist(network);
        Map<String, Structure> structures = new HashMap<>();
        Map<String, Instant> created = new HashMap<>();
        for (StructureSpec spec : StructureCatalogue.ALL) {
            Instant at = creation(spec);
            Structure s = structure(spec, at, spec.inNetwork() ? network : null);
            em.persist(s);
            structures.put(spec.key(), s);
            created.put(spec.key(), at);
        }
        em.flush();
        structures.forEach((key, s) -> cast.structures.put(key, s.getId()));

        showcase(structures, network);
        referents();
        for (StructureSpec spec : StructureCatalogue.ALL) {
            Structure s = structures.get(spec.key());
            Account responsable = spec.responsable() != null
                    ? em.find(Account.class, cast.showcase(spec.responsable()))
                    : responsable(spec, s, created.get(spec.key()));
            if (s.getEmail() == null) {
                s.setEmail(responsable.getEmail());
            }
            story(spec, s, responsable, created.get(spec.key()));
        }
        volunteers();
        em.flush();
        chronicle.writeTo(em);
        return cast;
    }

    private Instant creation(StructureSpec spec) {
        return switch (spec.status()) {
            case DRAFT -> time.daysAgo(1, 6);
            case WAITING_VALIDATION -> time.daysAgo(4, 12);
            case IN_REVIEW -> time.daysAgo(12, 30);
            default -> "croix-rousse".equals(spec.key()) ? time.daysAgo(880, 900) : time.daysAgo(500, 880);
        };
    }

    private Structure structure(StructureSpec spec, Instant at, Network network) {
        Structure s = new Structure(spec.name(), spec.legalStatus(), at);
        s.setSubType(spec.subType());
        s.setRna(spec.rna());
        s.setSiret(spec.siret());
        s.setDescription(spec.description() == null ? null : "<p>" + MissionText.escape(spec.description()) + "</p>");
        s.setStreet(spec.street());
        s.setPhone(spec.phone());
        Set<Domain> domains = new LinkedHashSet<>();
        for (int id : spec.domains()) {
            domains.add(em.find(Domain.class, id));
        }
        s.setDomains(domains);
        Commune c = commune(new Place(spec.postalCode(), spec.insee()));
        s.locateAt(spec.postalCode(), c.getInseeCode(), c.getName(), c.getDepartment(), c.getLatitude(),
                c.getLongitude());
        if (network != null) {
            s.joinNetwork(network);
        }
        return s;
    }

    /** Draft, then review by the department's referent, up to where the catalogue says (reports come later). */
    private void story(StructureSpec spec, Structure s, Account responsable, Instant created) {
        chronicle.record(SubjectType.STRUCTURE, s::getId, null, StructureStatus.DRAFT, responsable,
                "Structure créée à l'inscription.", created);
        if (spec.status() == StructureStatus.DRAFT) {
            return;
        }
        Instant at = time.after(created, 0.05, 2);
        s.submitIfComplete(at).orElseThrow(() -> new IllegalStateException(spec.key() + " is not complete"));
        chronicle.record(SubjectType.STRUCTURE, s::getId, StructureStatus.DRAFT, StructureStatus.WAITING_VALIDATION,
                null, "Profil complet : transmis aux référents.", at);
        Account referent = referents.get(s.getDepartment().getCode());
        boolean review = spec.status() == StructureStatus.IN_REVIEW
                || (spec.status() != StructureStatus.WAITING_VALIDATION && time.chance(0.5));
        if (review) {
            at = move(s, StructureStatus.IN_REVIEW, referent,
                    "Merci de nous transmettre les statuts à jour et le dernier rapport d'activité.", at);
        }
        if (spec.status() == StructureStatus.WAITING_VALIDATION || spec.status() == StructureStatus.IN_REVIEW) {
            return;
        }
        at = move(s, StructureStatus.VALIDATED, referent, review ? "Documents reçus, merci. Structure validée."
                : "Structure validée : bienvenue sur la plateforme !", at);
        cast.validatedAt.put(spec.key(), at);
    }

    private Instant move(Structure s, StructureStatus target, Account referent, String comment, Instant from) {
        Instant at = time.after(from, 0.5, 5);
        StructureStatus previous = s.changeStatus(target, Party.REFERENT, at);
        chronicle.record(SubjectType.STRUCTURE, s::getId, previous, target, referent, comment, at);
        return at;
    }

    private void showcase(Map<String, Structure> structures, Network network) {
        for (DemoAccount d : DemoAccounts.SHOWCASE) {
            Account a = account(d.email(), d.password(), d.firstName(), d.lastName(), time.daysAgo(300, 1000));
            switch (d.key()) {
                case "admin" -> a.addRole(AccountRole.of(Role.ADMIN));
                case "referent-69" -> a.addRole(AccountRole.referentOfDepartment("69"));
                case "referent-01" -> a.addRole(AccountRole.referentOfDepartment("01"));
                case "referent-84" -> a.addRole(AccountRole.referentOfRegion("84"));
                case "responsable" -> a.addRole(AccountRole.responsableOf(structures.get("croix-rousse").getId()));
                case "responsable-brouillon" ->
                        a.addRole(AccountRole.responsableOf(structures.get("velo-pour-tous").getId()));
                case "tete-de-reseau" -> a.addRole(AccountRole.headOfNetwork(network.getId()));
                case "benevole" -> volunteer(a, 34, new Place("69004", "69123"));
                case "jeune" -> {
                    a.addRole(AccountRole.of(Role.JEUNE));
                    a.bornOn(time.today().minusYears(16).minusDays(120));
                    a.livesAt("69100", "69266");
                }
                case "partenaire" -> a.addRole(AccountRole.partnerOf(demoPartner().getId()));
                case "responsable-benevole" -> {
                    a.addRole(AccountRole.responsableOf(structures.get("jardins-guillotiere").getId()));
                    volunteer(a, 38, new Place("69007", "69123"));
                }
                default -> throw new IllegalStateException("unknown showcase account " + d.key());
            }
            em.persist(a);
            em.flush();
            cast.showcase.put(d.key(), a.getId());
            if (a.hasRole(Role.BENEVOLE)) {
                cast.volunteers.add(a.getId());
            }
            a.getRoles().stream().filter(r -> r.getRole() == Role.RESPONSABLE).forEach(r -> structures.forEach(
                    (key, s) -> {
                        if (s.getId().equals(r.getStructureId())) {
                            cast.responsables.put(key, a.getId());
                        }
                    }));
        }
        referents.put("69", em.find(Account.class, cast.showcase("referent-69")));
        referents.put("01", em.find(Account.class, cast.showcase("referent-01")));
        referents.put("R84", em.find(Account.class, cast.showcase("referent-84")));
    }

    private void referents() {
        for (Referent r : PeopleCatalogue.REFERENTS) {
            Account a = account(email(r.firstName(), r.lastName()), DemoAccounts.SUPPORTING_PASSWORD, r.firstName(),
                    r.lastName(), time.daysAgo(400, 1000));
            a.addRole(r.scope().startsWith("R") ? AccountRole.referentOfRegion(r.scope().substring(1))
                    : AccountRole.referentOfDepartment(r.scope()));
            em.persist(a);
            referents.put(r.scope(), a);
        }
        em.flush();
        referents.forEach((scope, a) -> cast.referents.put(scope, a.getId()));
    }

    private Account responsable(StructureSpec spec, Structure s, Instant created) {
        String[] name = spec.contact().split(" ", 2);
        Account a = account(email(name[0], name[1]), DemoAccounts.SUPPORTING_PASSWORD, name[0], name[1], created);
        a.addRole(AccountRole.responsableOf(s.getId()));
        a.livesAt(s.getPostalCode(), s.getCommuneInsee());
        em.persist(a);
        em.flush();
        cast.responsables.put(spec.key(), a.getId());
        return a;
    }

    private void volunteers() {
        List<Account> created = new ArrayList<>();
        for (Volunteer v : PeopleCatalogue.VOLUNTEERS) {
            Account a = account(email(v.firstName(), v.lastName()), DemoAccounts.SUPPORTING_PASSWORD, v.firstName(),
                    v.lastName(), time.daysAgo(20, 700));
            volunteer(a, v.age(), time.pick(PlaceCatalogue.BY_DEPARTMENT.get(v.department())));
            em.persist(a);
            created.add(a);
        }
        em.flush();
        created.forEach(a -> cast.volunteers.add(a.getId()));
        cast.accounts = em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult().intValue();
    }

    private void volunteer(Account a, int age, Place home) {
        a.addRole(AccountRole.of(Role.BENEVOLE));
        a.bornOn(time.today().minusYears(age).minusDays(time.between(1, 360)));
        a.livesAt(home.postalCode(), home.insee());
        a.changePhone(String.format("0%d %02d %02d %02d %02d", time.chance(0.8) ? 6 : 7, time.between(10, 99),
                time.between(10, 99), time.between(10, 99), time.between(10, 99)));
    }

    private Account account(String email, String password, String firstName, String lastName, Instant created) {
        String hash = hashes.get(password);
        if (hash == null) {
            throw new IllegalStateException("no hash for the password of " + email);
        }
        return new Account(email, hash, firstName, lastName, created);
    }

    private Commune commune(Place place) {
        return territory.resolve(place.postalCode(), place.insee()).orElseThrow(
                () -> new IllegalStateException("unknown commune " + place));
    }

    /** "Élodie Burnier" to "elodie.burnier@demo...": accents and spaces are not welcome in addresses. */
    static String email(String firstName, String lastName) {
        String local = Normalizer.normalize(firstName + "." + lastName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z.]+", "-");
        return local + DemoAccounts.DOMAIN;
    }
}

package fr.engagement.accounts.control;

import fr.engagement.accounts.entity.Account;
import fr.engagement.accounts.entity.AccountRole;
import fr.engagement.accounts.entity.Role;
import fr.engagement.platform.entity.Party;
import fr.engagement.territory.entity.Department;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Who is acting, with every scope of every role they hold. Boundaries ask it which {@link Party} the actor plays
 * towards an object; {@code null} means none: the object is out of scope.
 */
public record Actor(Long accountId, String name, Set<Role> roles, Set<String> departments, Set<String> regions,
        Set<Long> structures, Set<Long> networks, Set<String> publishers) {

    public static final Actor SYSTEM = new Actor(null, "Plateforme Engagement Civique", Set.of(), Set.of(), Set.of(),
            Set.of(), Set.of(), Set.of());

    public static Actor of(Account account) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<String> departments = new HashSet<>();
        Set<String> regions = new HashSet<>();
        Set<Long> structures = new HashSet<>();
        Set<Long> networks = new HashSet<>();
        Set<String> publishers = new HashSet<>();
        for (AccountRole r : account.getRoles()) {
            roles.add(r.getRole());
            switch (r.getRole()) {
                case REFERENT_DEPARTEMENT -> departments.add(r.getDepartmentCode());
                case REFERENT_REGION -> regions.add(r.getRegionCode());
                case RESPONSABLE -> structures.add(r.getStructureId());
                case TETE_DE_RESEAU -> networks.add(r.getNetworkId());
                case PARTENAIRE -> publishers.add(r.getPublisherId());
                default -> { }
            }
        }
        return new Actor(account.getId(), account.fullName(), Set.copyOf(roles), Set.copyOf(departments),
                Set.copyOf(regions), Set.copyOf(structures), Set.copyOf(networks), Set.copyOf(publishers));
    }

    /** The departments for a JPQL {@code IN}, which cannot take an empty list: a code no department has stands in. */
    public Set<String> departmentsForQuery() {
        return departments.isEmpty() ? Set.of("-") : departments;
    }

    /** The regions for a JPQL {@code IN}, as {@link #departmentsForQuery()}. */
    public Set<String> regionsForQuery() {
        return regions.isEmpty() ? Set.of("-") : regions;
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public boolean isSystem() {
        return accountId == null;
    }

    /** ADMIN, or REFERENT when the department is one of theirs or lies in their region; else null. */
    public Party reviewerOf(Department department) {
        if (isSystem()) {
            return Party.SYSTEM;
        }
        if (isAdmin()) {
            return Party.ADMIN;
        }
        if (department != null && (departments.contains(department.getCode())
                || regions.contains(department.getRegion().getCode()))) {
            return Party.REFERENT;
        }
        return null;
    }

    /** ADMIN, or STRUCTURE for a responsable of the structure or a head of its network; else null. */
    public Party memberOf(long structureId, Long networkId) {
        if (isSystem()) {
            return Party.SYSTEM;
        }
        if (isAdmin()) {
            return Party.ADMIN;
        }
        if (structures.contains(structureId) || (networkId != null && networks.contains(networkId))) {
            return Party.STRUCTURE;
        }
        return null;
    }
}

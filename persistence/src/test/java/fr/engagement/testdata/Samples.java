package fr.engagement.testdata;

import fr.engagement.accounts.entity.Account;
import fr.engagement.accounts.entity.AccountRole;
import fr.engagement.accounts.entity.Role;
import fr.engagement.missions.entity.Domain;
import fr.engagement.missions.entity.Mission;
import fr.engagement.missions.entity.MissionAddress;
import fr.engagement.missions.entity.MissionType;
import fr.engagement.structures.entity.LegalStatus;
import fr.engagement.structures.entity.Structure;
import fr.engagement.structures.entity.StructureStatus;
import fr.engagement.platform.entity.Party;
import fr.engagement.territory.entity.Department;
import fr.engagement.territory.entity.Region;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Detached entities for unit tests, in valid states reached only through the entities' own methods. */
public final class Samples {

    public static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    public static final Region AURA = new Region("84", "Auvergne-Rhône-Alpes");
    public static final Department RHONE = new Department("69", "Rhône", AURA);
    public static final Department AIN = new Department("01", "Ain", AURA);
    public static final Domain SOLIDARITY = new Domain(7, "Solidarité et insertion");

    private Samples() {}

    public static Structure draftStructure() {
        Structure s = new Structure("Les Restos du Cœur du Rhône", LegalStatus.ASSOCIATION, NOW);
        s.setRna("W691234567");
        s.setDescription("<p>Aide alimentaire et accompagnement.</p>");
        s.setDomains(Set.of(SOLIDARITY));
        s.locateAt("69001", "69123", "Lyon", RHONE, 45.76, 4.83);
        setId(s, 10L);
        return s;
    }

    public static Structure validatedStructure() {
        Structure s = draftStructure();
        s.submitIfComplete(NOW);
        s.changeStatus(StructureStatus.VALIDATED, Party.REFERENT, NOW);
        return s;
    }

    public static Mission validatedMission(int places) {
        Mission m = new Mission(validatedStructure(), 1L, NOW);
        Mission edited = Mission.blank();
        edited.setTitle("Je distribue des repas aux personnes sans-abri");
        edited.setDescription("<p>Distribution</p>");
        edited.setDomain(SOLIDARITY);
        edited.setStartDate(LocalDate.of(2026, 12, 1));
        edited.setEndDate(LocalDate.of(2027, 6, 30));
        edited.setPlaces(places);
        m.copyContentFrom(edited, "<p>Distribution</p>", null);
        m.placeAt(MissionType.ON_SITE, List.of(new MissionAddress(null, "69001", "69123", "Lyon", "69", 45.76, 4.83)));
        m.changeStatus(fr.engagement.missions.entity.MissionStatus.WAITING_VALIDATION, Party.STRUCTURE, NOW);
        m.changeStatus(fr.engagement.missions.entity.MissionStatus.VALIDATED, Party.REFERENT, NOW);
        setId(m, 20L);
        return m;
    }

    public static Account volunteer(long id) {
        Account a = new Account("benevole" + id + "@exemple.fr", "hash", "Camille", "Martin", NOW);
        a.addRole(AccountRole.of(Role.BENEVOLE));
        setId(a, id);
        return a;
    }

    public static void setId(Object entity, Long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

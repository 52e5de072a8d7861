package fr.engagement.notifications.control;

import fr.engagement.accounts.entity.Role;
import fr.engagement.territory.entity.Department;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Who is told: the referents of a department (and of its region), the responsables of a structure. */
@ApplicationScoped
public class Recipients {

    @PersistenceContext
    EntityManager em;

    public List<String> referentsOf(Department department) {
        return em.createQuery("SELECT DISTINCT a.email FROM Account a JOIN a.roles r WHERE "
                + "(r.role = :dept AND r.departmentCode = :code) OR (r.role = :region AND r.regionCode = :regionCode)",
                String.class)
                .setParameter("dept", Role.REFERENT_DEPARTEMENT).setParameter("code", department.getCode())
                .setParameter("region", Role.REFERENT_REGION)
                .setParameter("regionCode", department.getRegion().getCode())
                .getResultList();
    }

    public List<String> responsablesOf(long structureId) {
        return em.createQuery("SELECT DISTINCT a.email FROM Account a JOIN a.roles r WHERE r.role = :role "
                + "AND r.structureId = :id", String.class)
                .setParameter("role", Role.RESPONSABLE).setParameter("id", structureId).getResultList();
    }
}

package fr.engagement.missions.faces;

import fr.engagement.missions.boundary.Missions;
import fr.engagement.missions.boundary.Taxonomy;
import fr.engagement.missions.entity.Activity;
import fr.engagement.missions.entity.CommitmentDuration;
import fr.engagement.missions.entity.CommitmentPeriod;
import fr.engagement.missions.entity.DateType;
import fr.engagement.missions.entity.Domain;
import fr.engagement.missions.entity.Mission;
import fr.engagement.missions.entity.MissionType;
import fr.engagement.platform.faces.Pages;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/** The mission form of a structure: a new mission ({@code structure} parameter) or an edit ({@code id}). */
@Named
@ViewScoped
public class MissionEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Missions missions;

    @Inject
    transient Taxonomy taxonomy;

    private Long id;
    private Long structureId;
    private Mission edited;
    private String structureName;
    private final List<AddressRow> addresses = new ArrayList<>();
    private List<Domain> domains;
    private List<Activity> activities;

    public void load() {
        edited = Mission.blank();
        if (id != null) {
            Mission m = missions.getManaged(id);
            edited.copyContentFrom(m, m.getDescription(), m.getObjectives());
            structureId = m.getStructure().getId();
            structureName = m.getStructure().getName();
            m.getAddresses().forEach(a -> addresses.add(new AddressRow(a.getStreet(), a.getPostalCode(),
                    a.getCommuneInsee())));
        }
        if (addresses.isEmpty()) {
            addresses.add(new AddressRow());
        }
        domains = taxonomy.domains();
        domainChanged();
    }

    /** Offers the activities of the chosen domain (all of them before a domain is chosen). */
    public void domainChanged() {
        activities = edited.getDomain() == null ? taxonomy.activities()
                : taxonomy.activitiesOfDomain(edited.getDomain().getId());
    }

    public String save() {
        List<fr.engagement.missions.boundary.AddressInput> inputs = addresses.stream()
                .filter(a -> a.getPostalCode() != null && !a.getPostalCode().isBlank())
                .map(AddressRow::toInput).toList();
        Mission saved = id == null ? missions.create(structureId, edited, inputs) : missions.update(id, edited, inputs);
        return Pages.redirect("/structure/mission.xhtml?id=" + saved.getId(), "Mission enregistrée.");
    }

    public void addAddress() {
        addresses.add(new AddressRow());
    }

    public void removeAddress(AddressRow row) {
        if (addresses.size() > 1) {
            addresses.remove(row);
        }
    }

    public List<Domain> getDomains() {
        return domains;
    }

    public List<Activity> getActivities() {
        return activities;
    }

    public List<MissionType> getTypes() {
        return List.of(MissionType.values());
    }

    public List<DateType> getDateTypes() {
        return List.of(DateType.values());
    }

    public List<CommitmentDuration> getDurations() {
        return List.of(CommitmentDuration.values());
    }

    public List<CommitmentPeriod> getPeriods() {
        return List.of(CommitmentPeriod.values());
    }

    public boolean isOnSite() {
        return edited.getType() == MissionType.ON_SITE;
    }

    public boolean isRecurring() {
        return edited.getDateType() == DateType.RECURRING;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getStructureId() {
        return structureId;
    }

    public void setStructureId(Long structureId) {
        this.structureId = structureId;
    }

    public String getStructureName() {
        return structureName;
    }

    public Mission getEdited() {
        return edited;
    }

    public List<AddressRow> getAddresses() {
        return addresses;
    }
}

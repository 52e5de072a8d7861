package fr.engagement.missions.faces;

import fr.engagement.missions.boundary.MissionSearch;
import fr.engagement.missions.boundary.SearchCriteria;
import fr.engagement.missions.boundary.SearchPage;
import fr.engagement.missions.boundary.Taxonomy;
import fr.engagement.missions.entity.Activity;
import fr.engagement.missions.entity.Domain;
import fr.engagement.missions.entity.MissionType;
import fr.engagement.territory.boundary.Territory;
import fr.engagement.territory.entity.Commune;
import fr.engagement.territory.entity.GeoPoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The public search, driven by GET parameters so that every result page has its own shareable address:
 * {@code lieu} (postal code or commune), {@code rayon}, {@code domaine}, {@code activite}, {@code type},
 * {@code mineurs}, {@code du}, {@code au}, {@code page}.
 */
@Named
@RequestScoped
public class SearchBacking {

    public static final int PAGE_SIZE = 10;

    @Inject
    MissionSearch search;

    @Inject
    Territory territory;

    @Inject
    Taxonomy taxonomy;

    private String place;
    private int radius = 20;
    private Integer domainId;
    private Integer activityId;
    private MissionType type;
    private boolean minors;
    private LocalDate from;
    private LocalDate to;
    private int page = 1;

    private SearchPage results;
    private List<Domain> domains;
    private List<Activity> activities;

    public void search() {
        domains = taxonomy.domains();
        activities = taxonomy.activities();
        GeoPoint around = null;
        if (place != null && !place.isBlank()) {
            String text = place.strip();
            Optional<GeoPoint> point = text.matches("\\d{5}") ? territory.locate(text, null)
                    : territory.searchCommunes(text, 1).stream().findFirst().flatMap(Commune::point);
            if (point.isEmpty()) {
                FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        "Lieu inconnu : saisissez un code postal (ex. 69001) ou le nom d'une commune.", null));
                results = new SearchPage(List.of(), 0, 0, PAGE_SIZE);
                return;
            }
            around = point.get();
        }
        results = search.search(new SearchCriteria(around, radius, domainId, activityId, type, minors, from, to),
                Math.max(0, page - 1), PAGE_SIZE);
    }

    public List<Integer> getRadii() {
        return java.util.Arrays.stream(SearchCriteria.RADII).boxed().toList();
    }

    public List<MissionType> getTypes() {
        return List.of(MissionType.values());
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public int getRadius() {
        return radius;
    }

    public void setRadius(int radius) {
        this.radius = radius;
    }

    public Integer getDomainId() {
        return domainId;
    }

    public void setDomainId(Integer domainId) {
        this.domainId = domainId;
    }

    public Integer getActivityId() {
        return activityId;
    }

    public void setActivityId(Integer activityId) {
        this.activityId = activityId;
    }

    public MissionType getType() {
        return type;
    }

    public void setType(MissionType type) {
        this.type = type;
    }

    public boolean isMinors() {
        return minors;
    }

    public void setMinors(boolean minors) {
        this.minors = minors;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public SearchPage getResults() {
        return results;
    }

    public List<Domain> getDomains() {
        return domains;
    }

    public List<Activity> getActivities() {
        return activities;
    }
}

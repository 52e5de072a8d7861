package fr.engagement.partners.control;

import fr.engagement.partners.entity.AddressData;
import fr.engagement.partners.entity.OrganizationData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A mission as a partner sent it (one {@code <mission>} of a feed, or a v2 JSON body merged over the stored state),
 * before the catalogue completes it (dates and image kept from the stored row, activities mapped to labels), reviews
 * it and stores it. A plain carrier: fields are public so that the feed mapper and the JSON reader fill it as they
 * read, and a v2 PATCH overwrites only what the body holds.
 */
public class MissionDraft {

    public String clientId;
    public String title;
    /** Raw, HTML or text, as sent (stored as descriptionHtml; the text form is derived). */
    public String description;
    public String applicationUrl;
    public String image;
    public String type;
    public String domain;
    public String domainOriginal;
    /** As sent: slugs, labels or comma lists of them; mapped to the whitelist's labels by the catalogue. */
    public List<String> activities = new ArrayList<>();
    public List<String> tags = new ArrayList<>();
    public List<String> tasks = new ArrayList<>();
    public List<String> audience = new ArrayList<>();
    public List<String> softSkills = new ArrayList<>();
    public List<String> requirements = new ArrayList<>();
    public List<String> romeSkills = new ArrayList<>();
    public String remote;
    public String schedule;
    public Instant postedAt;
    public Instant startAt;
    public Instant endAt;
    public String priority;
    public String metadata;
    public Integer places;
    /** Whether the partner gave the number of places (GIVEN_BY_PARTNER) or it is our default of 1. */
    public boolean placesGiven;
    public boolean snu;
    public Integer snuPlaces;
    public Boolean openToMinors;
    public Boolean reducedMobilityAccessible;
    public Boolean closeToTransport;
    public Double compensationAmount;
    public Double compensationAmountMax;
    public String compensationUnit;
    public String compensationType;
    /** As sent; completed by the geocoder. */
    public List<AddressData> addresses = new ArrayList<>();
    /** The organisation's explicit clientId, if the partner gave one. */
    public String organizationClientId;
    /** Null when the partner sent no organisation field at all. */
    public OrganizationData organization;

    /** The organisation's name, for review rule 13. */
    public String organizationName() {
        return organization == null ? null : organization.name();
    }

    /** The stored state of a mission as a draft, for a v2 PATCH to change what its body holds. */
    public static MissionDraft of(fr.engagement.partners.entity.PartnerMission m) {
        MissionDraft d = new MissionDraft();
        d.clientId = m.getClientId();
        d.title = m.getTitle();
        d.description = m.getDescriptionHtml() != null ? m.getDescriptionHtml() : m.getDescription();
        d.applicationUrl = m.getApplicationUrl();
        d.image = m.getImage();
        d.type = m.getType();
        d.domain = m.getDomain();
        d.domainOriginal = m.getDomainOriginal();
        d.activities = new ArrayList<>(m.getActivities());
        d.tags = new ArrayList<>(m.getTags());
        d.tasks = new ArrayList<>(m.getTasks());
        d.audience = new ArrayList<>(m.getAudience());
        d.softSkills = new ArrayList<>(m.getSoftSkills());
        d.requirements = new ArrayList<>(m.getRequirements());
        d.romeSkills = new ArrayList<>(m.getRomeSkills());
        d.remote = m.getRemote();
        d.schedule = m.getSchedule();
        d.postedAt = m.getPostedAt();
        d.startAt = m.getStartAt();
        d.endAt = m.getEndAt();
        d.priority = m.getPriority();
        d.metadata = m.getMetadata();
        d.places = m.getPlaces();
        d.placesGiven = "GIVEN_BY_PARTNER".equals(m.getPlacesStatus());
        d.snu = m.isSnu();
        d.snuPlaces = m.getSnuPlaces();
        d.openToMinors = m.getOpenToMinors();
        d.reducedMobilityAccessible = m.getReducedMobilityAccessible();
        d.closeToTransport = m.getCloseToTransport();
        d.compensationAmount = m.getCompensationAmount();
        d.compensationAmountMax = m.getCompensationAmountMax();
        d.compensationUnit = m.getCompensationUnit();
        d.compensationType = m.getCompensationType();
        d.addresses = new ArrayList<>(m.getAddresses().stream()
                .map(fr.engagement.partners.entity.PartnerMissionAddress::data).toList());
        if (m.getOrganization() != null) {
            d.organizationClientId = m.getOrganization().getClientId();
            d.organization = m.getOrganization().data();
        }
        return d;
    }
}

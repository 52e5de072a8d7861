package fr.engagement.partners.control;

import fr.engagement.partners.entity.PartnerMission;
import fr.engagement.partners.entity.Publisher;

/**
 * A catalogue mission as the API shows it: the mission with its organisation, addresses and activities loaded, its
 * publisher, and its distance in km from the searched point (nearest address), null without a point.
 */
public record CatalogueEntry(PartnerMission mission, Publisher publisher, Double distanceKm) {}

/**
 * Missions: use cases over the mission catalogue and its review workflow; {@link
 * fr.engagement.missions.boundary.Taxonomy} serves the bénévolat taxonomy (domains, activities) to forms, search
 * filters and imports.
 */
package fr.engagement.missions.boundary;

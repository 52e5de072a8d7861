/**
 * Missions: writing and review workflow, the public geographic search, and {@link
 * fr.engagement.missions.boundary.Taxonomy} which serves the bénévolat taxonomy to forms, filters and imports.
 */
package fr.engagement.missions.boundary;

/**
 * Missions: content, where (addresses resolved from the territory tables) and when (one-off or recurring), places,
 * and the review workflow ({@link fr.engagement.missions.entity.MissionStatus}).
 *
 * <p>Taxonomy: {@link fr.engagement.missions.entity.Domain} (JeVeuxAider's 11 "domaines d'action", one inactive)
 * and {@link fr.engagement.missions.entity.Activity} (JeVeuxAider's 38 activities, each in one or more domains), with
 * JeVeuxAider's ids, each mapped to the API Engagement domain or activity slug ({@code partner_domain},
 * {@code partner_activity}) its missions are published under. Read-only reference data written by the migration V1
 * and held in the shared cache.
 */
package fr.engagement.missions.entity;

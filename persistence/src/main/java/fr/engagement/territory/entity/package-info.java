/**
 * Territory: regions, departments, communes with their postal codes and points, and the arithmetic of distances
 * ({@link fr.engagement.territory.entity.GeoPoint}, {@link fr.engagement.territory.entity.BoundingBox}).
 *
 * <p>Read-only reference data (INSEE COG 2026, La Poste postal codes, GeoNames points; sources and licences in
 * {@code /territory/README.md}), written once by the Flyway migrations V1 (tables) and 1.1 (rows, from the CSV files
 * under {@code /territory/}) and held in the shared cache: the entities have no setters. For the same reason the
 * frequent named queries carry EclipseLink's {@code eclipselink.query-results-cache} hint.
 *
 * <p>Postal codes are resolved through {@code commune_postal_code}, never by prefix: Corsica's 20xxx are in 2A or 2B
 * and 16 postal codes span two departments.
 *
 * <p>Paris, Lyon and Marseille: each is one {@link fr.engagement.territory.entity.Commune} (75056, 69123, 13055)
 * that carries all its districts' postal codes, so 75011 gives Paris like any postal code gives its communes. The 45
 * municipal arrondissements are not communes and are never returned as such; they are stored as
 * {@link fr.engagement.territory.entity.Arrondissement}, extra points pointing to their commune, so that an address
 * given with an arrondissement's INSEE code (75111, as the national address base answers) or name ("Marseille 8e
 * Arrondissement") still resolves to the commune, and so that a Lyon or Marseille district gets its own point rather
 * than the city centre (Paris districts have the Paris point: the source has no better one).
 */
package fr.engagement.territory.entity;

/**
 * Territory use cases ({@link fr.engagement.territory.boundary.Territory}): regions and departments for scopes and
 * lists, a postal code and commune to a commune and a point, the department of a point, commune autocomplete.
 * Read-only over reference data; callers compute distances with {@link fr.engagement.territory.entity.GeoPoint}.
 */
package fr.engagement.territory.boundary;

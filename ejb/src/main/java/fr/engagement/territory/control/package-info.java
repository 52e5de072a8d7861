/**
 * Territory internals: the Flyway migration 1.1 that loads the territory tables from the CSV files
 * ({@link fr.engagement.territory.control.TerritoryDataMigration}, {@link fr.engagement.territory.control.TerritoryCsv})
 * and the pure text rules behind name matching ({@link fr.engagement.territory.control.TextNormaliser},
 * {@link fr.engagement.territory.control.CommuneNames}).
 */
package fr.engagement.territory.control;

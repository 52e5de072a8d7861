/**
 * Partner exchange internals: mission review rules, normalisation, geocoding; on the read side, the parsing of the
 * mission query string ({@link fr.engagement.partners.control.CatalogueQueryParser}), the diffusion rules compiled into
 * SQL predicates ({@link fr.engagement.partners.control.DiffusionScope}) and the catalogue statements
 * ({@link fr.engagement.partners.control.CatalogueSql}), all pure and unit-tested.
 */
package fr.engagement.partners.control;

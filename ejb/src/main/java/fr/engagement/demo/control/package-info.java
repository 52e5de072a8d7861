/**
 * Demo mode: the French demo content (organisations, missions, volunteers and their candidatures, with status
 * histories dated around today) loaded at startup when {@code app.demo-data=true} and the database has no account,
 * and the showcase accounts, one per role, that the demo page lists.
 *
 * <p>{@link fr.engagement.demo.control.DemoData} decides when, {@link fr.engagement.demo.control.DemoLoader} writes
 * through the entities' own methods (every transition goes through {@code changeStatus} with its party, places
 * through candidature transitions), and the catalogues ({@code StructureCatalogue}, {@code PlaceCatalogue},
 * {@code PeopleCatalogue}, {@code /demo/missions.txt}) hold the content. Nothing here runs outside demo mode.
 */
package fr.engagement.demo.control;

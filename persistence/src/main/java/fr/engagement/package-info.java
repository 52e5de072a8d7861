/**
 * Engagement Civique: one Jakarta EE platform for the ministry's three civic-engagement services (bénévolat,
 * SNU phase 2, partner exchange).
 *
 * <h2>Glossary (one term per concept, used in code and in French on screens)</h2>
 * <dl>
 * <dt>Structure</dt><dd>An organisation (association, local authority, public or private body) that posts missions.
 * French: « structure » / « organisation ».</dd>
 * <dt>Mission</dt><dd>A volunteering offer of a structure; for the SNU a « mission d'intérêt général » (MIG).</dd>
 * <dt>Candidature</dt><dd>A person's application to a mission, with its own status workflow. Never "application"
 * (that word belongs to JAX-RS and to "application layer").</dd>
 * <dt>Bénévole</dt><dd>A volunteer aged 16 or more (role {@code BENEVOLE}).</dd>
 * <dt>Jeune</dt><dd>An SNU youth aged 15 to 17 (role {@code JEUNE}).</dd>
 * <dt>Responsable</dt><dd>A member of staff of a structure (role {@code RESPONSABLE}).</dd>
 * <dt>Référent</dt><dd>A state agent who reviews structures and missions of a department
 * ({@code REFERENT_DEPARTEMENT}) or a region ({@code REFERENT_REGION}).</dd>
 * <dt>Review</dt><dd>The moderation workflow of structures and missions (statuses {@code WAITING_VALIDATION},
 * {@code IN_REVIEW}, {@code VALIDATED}, ...). Never called "validation" in code: that word belongs to Bean
 * Validation.</dd>
 * <dt>Party</dt><dd>How an actor stands towards an object (its candidate, its structure, a referent of its
 * territory, an admin, the system); transition tables are written per party.</dd>
 * <dt>Publisher</dt><dd>A partner platform of the exchange: announcer (sends missions) and/or broadcaster.</dd>
 * <dt>Outbox</dt><dd>Mail recorded in the transaction of the change that causes it, sent later by a timer.</dd>
 * </dl>
 *
 * <h2>Layout</h2>
 * Each business component is a package ({@code territory}, {@code accounts}, {@code structures}, {@code missions},
 * {@code candidatures}, {@code audit}, {@code notifications}, ...) present in each tier module with a suffix that
 * tells the role: {@code .entity} (persistence), {@code .boundary} and {@code .control} (ejb), {@code .faces} and
 * {@code .rest} (web).
 */
package fr.engagement;

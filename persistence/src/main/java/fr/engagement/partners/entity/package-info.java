/**
 * Partner exchange state (the API Engagement contract): {@link fr.engagement.partners.entity.Publisher publishers}
 * and their hashed API keys, the organisations they declare, the shared catalogue of
 * {@link fr.engagement.partners.entity.PartnerMission missions} (partners' missions and the platform's own,
 * projected), {@link fr.engagement.partners.entity.DiffusionRule diffusion rules},
 * {@link fr.engagement.partners.entity.FeedImport feed imports}, tracking
 * {@link fr.engagement.partners.entity.StatEvent events} and the broadcasters'
 * {@link fr.engagement.partners.entity.Widget widgets} and {@link fr.engagement.partners.entity.Campaign campaigns}
 * they are attributed to. Enum-like values that partners send (domain, remote,
 * compensation unit) are kept as strings as sent, so that a refused mission shows what was wrong.
 */
package fr.engagement.partners.entity;

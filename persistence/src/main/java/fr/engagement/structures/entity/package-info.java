/**
 * Structures (organisations) and networks: profile, legal identifiers (RNA, SIRET), location resolved from the
 * territory tables, and the review workflow ({@link fr.engagement.structures.entity.StructureStatus}).
 */
package fr.engagement.structures.entity;

/**
 * What every business component shares: the business exceptions (French messages, rollback), the {@code Party} an
 * actor plays towards an object, and the {@code TransitionTable} each status enum declares.
 */
package fr.engagement.platform.entity;

/**
 * Accounts: people, their password hashes, the roles they hold with each role's scope, and the login throttle.
 * Membership of a structure is a {@code RESPONSABLE} role scoped to it: there is no second list to keep in step.
 */
package fr.engagement.accounts.entity;

/**
 * Screens' plumbing: form login and logout, the signed-in person and role switching, the session cookie settings,
 * and the one exception handler that turns business exceptions into messages, 403 and 404.
 */
package fr.engagement.platform.faces;

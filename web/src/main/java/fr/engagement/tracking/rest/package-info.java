/**
 * The tracking routes: the tracked links under {@code /r} (a servlet filter, {@link
 * fr.engagement.tracking.rest.ClickRoutes}), the pixels beside them (their own JAX-RS application,
 * {@link fr.engagement.tracking.rest.RedirectApi}), {@code /v2/activity}, and the rate limits of the partner API
 * and of the redirects, with their {@code X-RateLimit-*} headers.
 */
package fr.engagement.tracking.rest;

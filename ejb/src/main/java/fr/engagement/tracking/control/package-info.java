/**
 * Tracking internals: time-ordered event ids ({@link fr.engagement.tracking.control.UuidV7}), tracking tokens
 * ({@link fr.engagement.tracking.control.TrackingToken}), bot detection, target URLs with the attribution
 * parameters, the event writer (event and daily count in one transaction), short-lived caches of what the redirects
 * read, and the counters shared by a cluster through Payara's data grid (rate limits, duplicate clicks), with a
 * local fallback when the grid is off.
 */
package fr.engagement.tracking.control;

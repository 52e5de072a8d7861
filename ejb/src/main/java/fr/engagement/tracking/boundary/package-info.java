/**
 * Tracking (§5 of the reference): the tracked redirects ({@link fr.engagement.tracking.boundary.Redirects}), what
 * announcers' pages report through jstag.js ({@link fr.engagement.tracking.boundary.Conversions}) and the
 * server-side postback of /v2/activity ({@link fr.engagement.tracking.boundary.Activities}). Events are attributed
 * from the broadcaster that generated the traffic to the announcer that owns the mission.
 */
package fr.engagement.tracking.boundary;

/**
 * Platform endpoints for operators: the MicroProfile Health readiness check read by Docker, load balancers and
 * orchestrators (the liveness check is in the web module, see {@code ApplicationLiveness} there).
 */
package fr.engagement.platform.boundary;

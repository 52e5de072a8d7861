/**
 * The partner API (the API Engagement contract, {@code ../shared/reference/api-engagement/openapi.yaml}): thin
 * JAX-RS adapters that read the calling publisher ({@link fr.engagement.partners.rest.CallingPublisher}), call one
 * boundary method and map the result to the peer's JSON shapes. Each version is its own JAX-RS application
 * ({@code /v0}, {@code /v2}), so that the Faces pages keep the rest of the URL space; errors always answer the
 * envelope {@code {ok:false, code, message}}.
 */
package fr.engagement.partners.rest;

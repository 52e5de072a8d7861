package fr.engagement.partners.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;

/**
 * {@code GET /v2/mission}, {@code /v2/mission/search}, {@code /v2/mission/{id}}: the v0 reads under /v2 (the peer
 * serves them there too). GET methods only; the v2 writes (POST, PUT/DELETE {clientId}) are another class.
 */
@Path("mission")
@RequestScoped
public class V2MissionReadResource extends MissionReadResource {
}

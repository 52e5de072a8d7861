package fr.engagement.partners.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;

/** {@code GET /v0/mission}, {@code /v0/mission/search}, {@code /v0/mission/{id}}: see {@link MissionReadResource}. */
@Path("mission")
@RequestScoped
public class V0MissionResource extends MissionReadResource {
}
